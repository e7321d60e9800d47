// A local SMTP server standing in for the ministry's relay in end-to-end tests (loopback only): it
// keeps every e-mail the app's worker sends, and lists them as JSON on GET /messages.
import http from "node:http";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

const smtpPort = Number(process.env.SMTP_PORT ?? 3250);
const httpPort = Number(process.env.SMTP_HTTP_PORT ?? 3251);
const messages = [];

new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, _session, callback) {
    simpleParser(stream).then((mail) => {
      messages.push({ to: mail.to?.value.map((a) => a.address) ?? [], subject: mail.subject ?? "", text: mail.text ?? "" });
      callback();
    }, callback);
  },
}).listen(smtpPort, "127.0.0.1");

http
  .createServer((request, response) => {
    if (request.url !== "/messages") return response.writeHead(404).end();
    response.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(messages));
  })
  .listen(httpPort, "127.0.0.1");
