<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Prefer encryption (prefer)</source>
        <translation>Verschlüsselung bevorzugen (prefer)</translation>
    </message>
    <message>
        <source>Require encryption (require)</source>
        <translation>Verschlüsselung verlangen (require)</translation>
    </message>
    <message>
        <source>Require and verify the server&apos;s certificate (verify-full)</source>
        <translation>Verlangen und Serverzertifikat prüfen (verify-full)</translation>
    </message>
    <message>
        <source>No encryption (disable)</source>
        <translation>Keine Verschlüsselung (disable)</translation>
    </message>
    <message>
        <source>The server refused the login: type the password of this user in the Password field (or check it).</source>
        <translation>Der Server hat die Anmeldung abgelehnt: Geben Sie das Passwort dieses Benutzers im Feld Passwort ein (oder prüfen Sie es).</translation>
    </message>
    <message>
        <source>Leave the password out of the address: type it in the Password field.</source>
        <translation>Lassen Sie das Passwort aus der Adresse weg: Geben Sie es im Feld Passwort ein.</translation>
    </message>
    <message>
        <source>Connected: {server} is an empty database. Connect makes a new logbook there.</source>
        <translation>Verbunden: {server} ist eine leere Datenbank. Verbinden legt dort ein neues Logbuch an.</translation>
    </message>
    <message>
        <source>Connected: logbook with 1 client ({server}).</source>
        <translation>Verbunden: Logbuch mit 1 Kunden ({server}).</translation>
    </message>
    <message>
        <source>Connected: logbook with {count} clients ({server}).</source>
        <translation>Verbunden: Logbuch mit {count} Kunden ({server}).</translation>
    </message>
    <message>
        <source>Connect to clinic server</source>
        <translation>Mit Klinikserver verbinden</translation>
    </message>
    <message>
        <source>from the system keyring if kept there</source>
        <translation>aus dem Schlüsselbund des Systems, falls dort hinterlegt</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Encryption (TLS):</source>
        <translation>Verschlüsselung (TLS):</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Use the logbook file on this computer</source>
        <translation>Logbuch-Datei auf diesem Computer verwenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A clinic whose rooms share one logbook keeps it on its own PostgreSQL server. Ask whoever looks after that server for the address and password; this computer&apos;s data folder then keeps only its caches and settings.</source>
        <translation>Eine Klinik, deren Räume ein gemeinsames Logbuch nutzen, führt es auf ihrem eigenen PostgreSQL-Server. Fragen Sie die Person, die diesen Server betreut, nach Adresse und Passwort; der Datenordner dieses Computers enthält dann nur noch seine Zwischenspeicher und Einstellungen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Use the logbook file on this computer</source>
        <translation>Logbuch-Datei auf diesem Computer verwenden</translation>
    </message>
    <message>
        <source>Clinic server password</source>
        <translation>Passwort des Klinikservers</translation>
    </message>
    <message>
        <source>The clinic server cannot be reached</source>
        <translation>Der Klinikserver ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The clinic server asks for the password of {server}:</source>
        <translation>Der Klinikserver verlangt das Passwort für {server}:</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The logbook on {server} could not be opened: {reason}.</source>
        <translation>Das Logbuch auf {server} konnte nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <source>{reason}

Check the network and that the server is on, then try again; or open the logbook file in {folder}.</source>
        <translation>{reason}

Prüfen Sie das Netzwerk und ob der Server eingeschaltet ist, und versuchen Sie es dann erneut; oder öffnen Sie die Logbuch-Datei in {folder}.</translation>
    </message>
</context>
</TS>
