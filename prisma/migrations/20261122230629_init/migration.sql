-- CreateEnum
CREATE TYPE "TypeOrganisation" AS ENUM ('MINISTERE', 'DIRECTION', 'SERVICE', 'AUTRE');

-- CreateEnum
CREATE TYPE "NatureTexte" AS ENUM ('LOI', 'ORDONNANCE', 'DECRET', 'ARRETE', 'CIRCULAIRE');

-- CreateEnum
CREATE TYPE "TypeConvention" AS ENUM ('DELEGATION_GESTION', 'CONVENTION_SERVICE', 'CONVENTION_PARTENARIAT');

-- CreateEnum
CREATE TYPE "StatutConvention" AS ENUM ('BROUILLON', 'EN_REVUE', 'PRETE_A_SIGNER', 'SIGNEE_PARTIELLEMENT', 'SIGNEE', 'PUBLIEE', 'EN_VIGUEUR', 'TERMINEE');

-- CreateEnum
CREATE TYPE "PointDepart" AS ENUM ('SIGNATURE', 'NOTIFICATION');

-- CreateEnum
CREATE TYPE "RegleDuree" AS ENUM ('DATE_FIXE', 'JUSQU_AU_REGLEMENT');

-- CreateEnum
CREATE TYPE "RolePartie" AS ENUM ('DELEGANT', 'DELEGATAIRE', 'PARTENAIRE');

-- CreateEnum
CREATE TYPE "MethodeSignature" AS ENUM ('MANUSCRITE', 'ELECTRONIQUE');

-- CreateEnum
CREATE TYPE "TypeChangement" AS ENUM ('PROLONGATION', 'PLAFONDS', 'ECHEANCIER', 'SUCCESSION_ORGANISATION', 'MODIFICATION_ARTICLE', 'RELIQUAT');

-- CreateEnum
CREATE TYPE "NatureFichier" AS ENUM ('ORIGINAL_SIGNE', 'PROJET_PDF', 'ANNEXE', 'AUTRE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('REDACTEUR', 'RELECTEUR_FINANCIER', 'SIGNATAIRE', 'ADMINISTRATEUR', 'LECTEUR');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "sigle" TEXT,
    "type" "TypeOrganisation" NOT NULL DEFAULT 'DIRECTION',
    "adresse" TEXT,
    "parentId" TEXT,
    "successeurId" TEXT,
    "dateSuccession" DATE,
    "baseJuridiqueSuccession" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Personne" (
    "id" TEXT NOT NULL,
    "prenom" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "qualite" TEXT,
    "organisationId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Personne_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TexteJuridique" (
    "id" TEXT NOT NULL,
    "nature" "NatureTexte" NOT NULL,
    "numero" TEXT NOT NULL,
    "dateTexte" DATE NOT NULL,
    "intitule" TEXT NOT NULL,

    CONSTRAINT "TexteJuridique_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Convention" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "type" "TypeConvention" NOT NULL,
    "titre" TEXT NOT NULL,
    "intitule" TEXT NOT NULL,
    "objet" TEXT NOT NULL,
    "statut" "StatutConvention" NOT NULL DEFAULT 'BROUILLON',
    "serviceId" TEXT,
    "dateConvention" DATE,
    "dateSignature" DATE,
    "datePublication" DATE,
    "pointDepart" "PointDepart" NOT NULL DEFAULT 'SIGNATURE',
    "regleDuree" "RegleDuree" NOT NULL DEFAULT 'DATE_FIXE',
    "dateFin" DATE,
    "preavisMois" INTEGER,
    "plafondAe" BIGINT,
    "plafondCp" BIGINT,
    "ecartAeCpMotif" TEXT,
    "titrePreambule" TEXT,
    "preambule" TEXT,
    "formuleAccord" TEXT,
    "lieuSignature" TEXT DEFAULT 'Paris',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" TEXT,

    CONSTRAINT "Convention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partie" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "ordre" INTEGER NOT NULL,
    "role" "RolePartie" NOT NULL,
    "organisationId" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "adresse" TEXT,
    "representantId" TEXT,
    "representantNom" TEXT,
    "qualite" TEXT,
    "mentionRole" TEXT,
    "denominations" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Partie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BaseLegale" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT,
    "avenantId" TEXT,
    "ordre" INTEGER NOT NULL,
    "texte" TEXT NOT NULL,
    "texteId" TEXT,

    CONSTRAINT "BaseLegale_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT,
    "avenantId" TEXT,
    "ordre" INTEGER NOT NULL,
    "numero" TEXT NOT NULL,
    "titre" TEXT NOT NULL,
    "corps" TEXT NOT NULL,
    "notes" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LigneEcheancier" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT,
    "changementId" TEXT,
    "annee" INTEGER NOT NULL,
    "ae" BIGINT NOT NULL,
    "cp" BIGINT NOT NULL,

    CONSTRAINT "LigneEcheancier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImputationBudgetaire" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "intitule" TEXT,
    "ministere" TEXT,
    "programme" TEXT,
    "bop" TEXT,
    "centreFinancier" TEXT,
    "domaineFonctionnel" TEXT,
    "activite" TEXT,
    "centreDeCouts" TEXT,
    "comptableAssignataire" TEXT,
    "comptableLibelle" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ImputationBudgetaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParametrageAdherence" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "servicePrescripteur" TEXT,
    "societe" TEXT,
    "organisationAchat" TEXT,
    "groupeAcheteurs" TEXT,
    "rtm" TEXT,
    "codeServiceExecutant" TEXT,
    "comptableAssignataire" TEXT,
    "centreDeCouts" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ParametrageAdherence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cofinancement" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "financeur" TEXT NOT NULL,
    "fonds" TEXT,
    "montant" BIGINT NOT NULL,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Cofinancement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signature" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT,
    "avenantId" TEXT,
    "partieId" TEXT,
    "ordre" INTEGER NOT NULL,
    "mention" TEXT NOT NULL,
    "signataireId" TEXT,
    "signataireNom" TEXT,
    "qualite" TEXT,
    "pourLeCompteDe" TEXT,
    "dateSignature" DATE,
    "lieu" TEXT,
    "methode" "MethodeSignature" NOT NULL DEFAULT 'MANUSCRITE',
    "signee" BOOLEAN NOT NULL DEFAULT false,
    "enregistreeLe" TIMESTAMPTZ(3),
    "enregistreeParId" TEXT,

    CONSTRAINT "Signature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Annexe" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT,
    "avenantId" TEXT,
    "ordre" INTEGER NOT NULL,
    "numero" TEXT NOT NULL,
    "titre" TEXT NOT NULL,
    "texte" TEXT,
    "tableau" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Annexe_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Avenant" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "numero" INTEGER NOT NULL,
    "titre" TEXT,
    "dateAvenant" DATE,
    "contexte" TEXT,
    "statut" "StatutConvention" NOT NULL DEFAULT 'BROUILLON',
    "dateSignature" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Avenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangementAvenant" (
    "id" TEXT NOT NULL,
    "avenantId" TEXT NOT NULL,
    "ordre" INTEGER NOT NULL,
    "type" "TypeChangement" NOT NULL,
    "nouvelleDateFin" DATE,
    "nouveauPlafondAe" BIGINT,
    "nouveauPlafondCp" BIGINT,
    "echeancierAPartirDe" INTEGER,
    "organisationRemplaceeId" TEXT,
    "organisationSuccesseurId" TEXT,
    "articleNumero" TEXT,
    "nouveauTitre" TEXT,
    "nouveauCorps" TEXT,
    "reliquatAe" BIGINT,
    "reliquatCp" BIGINT,

    CONSTRAINT "ChangementAvenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Fichier" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT,
    "avenantId" TEXT,
    "nature" "NatureFichier" NOT NULL,
    "nom" TEXT NOT NULL,
    "typeMime" TEXT NOT NULL,
    "taille" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "contenu" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "Fichier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "entite" TEXT NOT NULL,
    "entiteId" TEXT,
    "conventionId" TEXT,
    "userId" TEXT,
    "avant" JSONB,
    "apres" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT,
    "organisationId" TEXT,
    "actif" BOOLEAN NOT NULL DEFAULT true,
    "derniereConnexion" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TentativeConnexion" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TentativeConnexion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_sigle_nom_key" ON "Organisation"("sigle", "nom");

-- CreateIndex
CREATE UNIQUE INDEX "TexteJuridique_nature_numero_key" ON "TexteJuridique"("nature", "numero");

-- CreateIndex
CREATE UNIQUE INDEX "Convention_reference_key" ON "Convention"("reference");

-- CreateIndex
CREATE INDEX "Convention_statut_idx" ON "Convention"("statut");

-- CreateIndex
CREATE INDEX "Convention_serviceId_idx" ON "Convention"("serviceId");

-- CreateIndex
CREATE INDEX "Convention_dateFin_idx" ON "Convention"("dateFin");

-- CreateIndex
CREATE INDEX "Partie_organisationId_idx" ON "Partie"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Partie_conventionId_ordre_key" ON "Partie"("conventionId", "ordre");

-- CreateIndex
CREATE INDEX "BaseLegale_conventionId_idx" ON "BaseLegale"("conventionId");

-- CreateIndex
CREATE INDEX "BaseLegale_avenantId_idx" ON "BaseLegale"("avenantId");

-- CreateIndex
CREATE INDEX "Article_conventionId_ordre_idx" ON "Article"("conventionId", "ordre");

-- CreateIndex
CREATE INDEX "Article_avenantId_ordre_idx" ON "Article"("avenantId", "ordre");

-- CreateIndex
CREATE UNIQUE INDEX "LigneEcheancier_conventionId_annee_key" ON "LigneEcheancier"("conventionId", "annee");

-- CreateIndex
CREATE UNIQUE INDEX "LigneEcheancier_changementId_annee_key" ON "LigneEcheancier"("changementId", "annee");

-- CreateIndex
CREATE UNIQUE INDEX "ImputationBudgetaire_conventionId_key" ON "ImputationBudgetaire"("conventionId");

-- CreateIndex
CREATE UNIQUE INDEX "ParametrageAdherence_conventionId_key" ON "ParametrageAdherence"("conventionId");

-- CreateIndex
CREATE UNIQUE INDEX "Avenant_conventionId_numero_key" ON "Avenant"("conventionId", "numero");

-- CreateIndex
CREATE UNIQUE INDEX "ChangementAvenant_avenantId_ordre_key" ON "ChangementAvenant"("avenantId", "ordre");

-- CreateIndex
CREATE INDEX "Fichier_sha256_idx" ON "Fichier"("sha256");

-- CreateIndex
CREATE INDEX "AuditEvent_conventionId_createdAt_idx" ON "AuditEvent"("conventionId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entite_entiteId_idx" ON "AuditEvent"("entite", "entiteId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "TentativeConnexion_email_createdAt_idx" ON "TentativeConnexion"("email", "createdAt");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_successeurId_fkey" FOREIGN KEY ("successeurId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Personne" ADD CONSTRAINT "Personne_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partie" ADD CONSTRAINT "Partie_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partie" ADD CONSTRAINT "Partie_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partie" ADD CONSTRAINT "Partie_representantId_fkey" FOREIGN KEY ("representantId") REFERENCES "Personne"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaseLegale" ADD CONSTRAINT "BaseLegale_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaseLegale" ADD CONSTRAINT "BaseLegale_avenantId_fkey" FOREIGN KEY ("avenantId") REFERENCES "Avenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaseLegale" ADD CONSTRAINT "BaseLegale_texteId_fkey" FOREIGN KEY ("texteId") REFERENCES "TexteJuridique"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_avenantId_fkey" FOREIGN KEY ("avenantId") REFERENCES "Avenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LigneEcheancier" ADD CONSTRAINT "LigneEcheancier_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LigneEcheancier" ADD CONSTRAINT "LigneEcheancier_changementId_fkey" FOREIGN KEY ("changementId") REFERENCES "ChangementAvenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImputationBudgetaire" ADD CONSTRAINT "ImputationBudgetaire_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParametrageAdherence" ADD CONSTRAINT "ParametrageAdherence_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cofinancement" ADD CONSTRAINT "Cofinancement_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_avenantId_fkey" FOREIGN KEY ("avenantId") REFERENCES "Avenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_partieId_fkey" FOREIGN KEY ("partieId") REFERENCES "Partie"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_signataireId_fkey" FOREIGN KEY ("signataireId") REFERENCES "Personne"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_enregistreeParId_fkey" FOREIGN KEY ("enregistreeParId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annexe" ADD CONSTRAINT "Annexe_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annexe" ADD CONSTRAINT "Annexe_avenantId_fkey" FOREIGN KEY ("avenantId") REFERENCES "Avenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Avenant" ADD CONSTRAINT "Avenant_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangementAvenant" ADD CONSTRAINT "ChangementAvenant_avenantId_fkey" FOREIGN KEY ("avenantId") REFERENCES "Avenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fichier" ADD CONSTRAINT "Fichier_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fichier" ADD CONSTRAINT "Fichier_avenantId_fkey" FOREIGN KEY ("avenantId") REFERENCES "Avenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fichier" ADD CONSTRAINT "Fichier_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
