<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AdminOnly</name>
    <message>
        <source>encrypt the logbook&apos;s photos</source>
        <translation>die Fotos des Logbuchs verschlüsseln</translation>
    </message>
    <message>
        <source>make a new recovery sheet</source>
        <translation>ein neues Wiederherstellungsblatt erstellen</translation>
    </message>
    <message>
        <source>erase a client</source>
        <translation>einen Kunden löschen</translation>
    </message>
    <message>
        <source>change the safety rules</source>
        <translation>die Sicherheitsregeln ändern</translation>
    </message>
    <message>
        <source>change the clinic&apos;s details</source>
        <translation>die Angaben der Praxis ändern</translation>
    </message>
    <message>
        <source>change the consent text</source>
        <translation>den Einwilligungstext ändern</translation>
    </message>
    <message>
        <source>choose administrators</source>
        <translation>Administratoren bestimmen</translation>
    </message>
    <message>
        <source>reset a passphrase</source>
        <translation>eine Passphrase zurücksetzen</translation>
    </message>
    <message>
        <source>change the logbook&apos;s settings</source>
        <translation>die Einstellungen des Logbuchs ändern</translation>
    </message>
    <message>
        <source>add a practitioner</source>
        <translation>einen Behandler hinzufügen</translation>
    </message>
</context>
<context>
    <name>BundleDuplicates</name>
    <message>
        <source>{name} was imported from this bundle before (client {id} here): nothing to import again.</source>
        <translation>{name} wurde bereits früher aus diesem Paket importiert (hier Kunde {id}): nichts erneut zu importieren.</translation>
    </message>
    <message>
        <source>, born {date}</source>
        <translation>, geboren am {date}</translation>
    </message>
    <message>
        <source>{name}{born} is already in this logbook (client {id}). Import as a new client to keep both.</source>
        <translation>{name}{born} ist bereits in diesem Logbuch (Kunde {id}). Importieren Sie als neuen Kunden, um beide zu behalten.</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>Type the client&apos;s full name exactly as it is recorded.</source>
        <translation>Geben Sie den vollständigen Namen des Kunden genau so ein, wie er erfasst ist.</translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <source>A course stays with its client.</source>
        <translation>Eine Behandlungsserie bleibt bei ihrem Kunden.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>A treatment stays with its client.</source>
        <translation>Eine Behandlung bleibt bei ihrem Kunden.</translation>
    </message>
    <message>
        <source>Name the source the values come from.</source>
        <translation>Nennen Sie die Quelle, aus der die Werte stammen.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>There is no practitioner named {name}.</source>
        <translation>Es gibt keinen Behandler namens {name}.</translation>
    </message>
    <message>
        <source>{name} has no passphrase yet: choose one to sign in.</source>
        <translation>{name} hat noch keine Passphrase: Wählen Sie eine, um sich anzumelden.</translation>
    </message>
    <message>
        <source>The passphrase of {name} was reset by an administrator: choose your own to sign in.</source>
        <translation>Die Passphrase von {name} wurde von einem Administrator zurückgesetzt: Wählen Sie Ihre eigene, um sich anzumelden.</translation>
    </message>
    <message>
        <source>{name} has a passphrase already.</source>
        <translation>{name} hat bereits eine Passphrase.</translation>
    </message>
    <message>
        <source>Choose a passphrase other than the old one.</source>
        <translation>Wählen Sie eine andere Passphrase als die bisherige.</translation>
    </message>
    <message>
        <source>Sign in to sign: a signature is made with your passphrase.</source>
        <translation>Melden Sie sich an, um zu unterschreiben: Eine Signatur wird mit Ihrer Passphrase erstellt.</translation>
    </message>
    <message>
        <source>Only the logbook&apos;s administrator can {doing}.</source>
        <translation>Nur der Administrator des Logbuchs kann {doing}.</translation>
    </message>
    <message>
        <source>The logbook needs at least one administrator.</source>
        <translation>Das Logbuch braucht mindestens einen Administrator.</translation>
    </message>
    <message>
        <source>Lock after {low} to {high} idle minutes.</source>
        <translation>Sperren nach {low} bis {high} Minuten ohne Eingabe.</translation>
    </message>
    <message>
        <source>The key of {name} is damaged: an administrator can reset the passphrase.</source>
        <translation>Der Schlüssel von {name} ist beschädigt: Ein Administrator kann die Passphrase zurücksetzen.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Wait {wait} seconds before the next try.</source>
        <translation>Diese Passphrase ist nicht richtig. Warten Sie {wait} Sekunden bis zum nächsten Versuch.</translation>
    </message>
    <message>
        <source>The key of {name} does not match their profile&apos;s public key: an administrator can reset the passphrase.</source>
        <translation>Der Schlüssel von {name} passt nicht zum öffentlichen Schlüssel des Profils: Ein Administrator kann die Passphrase zurücksetzen.</translation>
    </message>
    <message>
        <source>{name} has no passphrase yet.</source>
        <translation>{name} hat noch keine Passphrase.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>This logbook is not encrypted: it has no recovery sheet.</source>
        <translation>Dieses Logbuch ist nicht verschlüsselt: Es hat kein Wiederherstellungsblatt.</translation>
    </message>
</context>
<context>
    <name>Practitioners</name>
    <message>
        <source>Only the logbook&apos;s administrator can change another practitioner&apos;s profile.</source>
        <translation>Nur der Administrator des Logbuchs kann das Profil eines anderen Behandlers ändern.</translation>
    </message>
    <message>
        <source>Only the logbook&apos;s administrator can change a maximum depth.</source>
        <translation>Nur der Administrator des Logbuchs kann eine maximale Tiefe ändern.</translation>
    </message>
</context>
<context>
    <name>SessionRules</name>
    <message>
        <source>Session {id} is signed: its record cannot be changed or deleted. Correct it with an amendment (with the reason).</source>
        <translation>Sitzung {id} ist signiert: Ihr Datensatz kann nicht geändert oder gelöscht werden. Korrigieren Sie ihn mit einer Änderung (mit Begründung).</translation>
    </message>
    <message>
        <source>Session {id} is a draft: edit it directly; only a signed session is amended.</source>
        <translation>Sitzung {id} ist ein Entwurf: Bearbeiten Sie sie direkt; nur eine signierte Sitzung wird per Änderung korrigiert.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>A session stays with its client.</source>
        <translation>Eine Sitzung bleibt bei ihrem Kunden.</translation>
    </message>
</context>
<context>
    <name>Unlocking</name>
    <message>
        <source>{name} has no key to this encrypted logbook yet. Another practitioner signs in and hands over to you (Switch practitioner), or an administrator resets your passphrase.</source>
        <translation>{name} hat noch keinen Schlüssel zu diesem verschlüsselten Logbuch. Ein anderer Behandler meldet sich an und übergibt an Sie (Behandler wechseln), oder ein Administrator setzt Ihre Passphrase zurück.</translation>
    </message>
    <message>
        <source>{folder} holds a logbook already.</source>
        <translation>{folder} enthält bereits ein Logbuch.</translation>
    </message>
</context>
</TS>
