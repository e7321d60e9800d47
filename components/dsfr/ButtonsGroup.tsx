import { Children, type ReactNode } from "react";

// A DSFR button group. Inside `fr-btns-group`, a button with an icon shows only its icon unless
// the group says where icons go (`fr-btns-group--icon-left`): every group of the app goes through
// here, so that every button shows its text.
export function ButtonsGroup({
  children,
  inline = "md",
  size,
  align,
}: {
  children: ReactNode;
  inline?: "sm" | "md" | "lg" | false;
  size?: "sm";
  align?: "right";
}) {
  const classes = ["fr-btns-group", "fr-btns-group--icon-left"];
  if (inline) classes.push(`fr-btns-group--inline-${inline}`);
  if (size) classes.push(`fr-btns-group--${size}`);
  if (align) classes.push(`fr-btns-group--${align}`);
  return (
    <ul className={classes.join(" ")}>
      {Children.toArray(children).map((child, i) => (
        <li key={i}>{child}</li>
      ))}
    </ul>
  );
}
