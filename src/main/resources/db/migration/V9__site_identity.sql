-- The site's identity as administrators edit it (/admin/settings): one row for the site (its logo,
-- who saved it last, the version a form was opened at), one row of texts per language. Until an
-- administrator saves it (or the demo content fills it in), the settings file gives the names.
CREATE TABLE site_identity (
    id         INTEGER PRIMARY KEY,
    logo       VARCHAR(300),
    filled_in  BOOLEAN NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(100),
    version    INTEGER NOT NULL
);

CREATE TABLE site_identity_text (
    lang        VARCHAR(2) PRIMARY KEY,
    site_name   VARCHAR(200) NOT NULL,
    agency_name VARCHAR(300) NOT NULL,
    address     VARCHAR(500) NOT NULL,
    telephone   VARCHAR(100) NOT NULL,
    fax         VARCHAR(100) NOT NULL,
    email       VARCHAR(200) NOT NULL,
    responsible VARCHAR(300) NOT NULL,
    licence     VARCHAR(500) NOT NULL,
    footer      VARCHAR(2000) NOT NULL
);
