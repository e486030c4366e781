<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>Dar&amp;stellung</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>Search name, phone or email   (Ctrl+F)</source>
        <translation>Name, Telefon oder E-Mail suchen   (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>No session yet</source>
        <translation>Noch keine Sitzung</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte zeigen</translation>
    </message>
    <message>
        <source>List archived clients too (greyed)</source>
        <translation>Auch archivierte Kunden auflisten (ausgegraut)</translation>
    </message>
    <message>
        <source>{shown} of 1 client matches</source>
        <translation>{shown} von 1 Kunden passt</translation>
    </message>
    <message>
        <source>{shown} of {total} clients match</source>
        <translation>{shown} von {total} Kunden passen</translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>{count} Kunden</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
</context>
<context>
    <name>GuidePages</name>
    <message>
        <source>The start page</source>
        <translation>Die Startseite</translation>
    </message>
    <message>
        <source>While no client is selected, the start page shows the day at a glance: the sessions started today, follow-ups due, drafts waiting to be signed and the clients opened lately. One click, or Enter, opens a client or a draft. Start page on the toolbar (Alt+Home) brings it back.</source>
        <translation>Solange kein Kunde ausgewählt ist, zeigt die Startseite den Tag auf einen Blick: die heute begonnenen Sitzungen, fällige Folgetermine, Entwürfe, die auf ihre Signatur warten, und die zuletzt geöffneten Kunden. Ein Klick oder die Eingabetaste öffnet einen Kunden oder einen Entwurf. „Startseite“ in der Werkzeugleiste (Alt+Pos1) holt sie zurück.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>The client list on the left holds every client, sorted by last name. Type in the search box (Ctrl+F) to narrow it by name, phone number or email; Enter opens the first match. New client (Ctrl+N) needs a first and a last name; everything else is optional, and mistakes are explained next to the field.</source>
        <translation>Die Kundenliste links enthält alle Kunden, sortiert nach Nachnamen. Tippen Sie in das Suchfeld (Strg+F), um sie nach Name, Telefonnummer oder E-Mail einzugrenzen; die Eingabetaste öffnet den ersten Treffer. „Neuer Kunde“ (Strg+N) braucht einen Vor- und einen Nachnamen; alles andere ist freiwillig, und Fehler werden neben dem Feld erklärt.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>New session (Ctrl+T) first lists every safety point that applies to the client, to acknowledge. Add each treated area with its needle depth, then the reactions and the aftercare. Repeat last session (Ctrl+R) fills in the previous session, the glide&apos;s lot left to type from the new vial. Save draft (Ctrl+S) keeps it editable; Save and sign (Ctrl+Shift+S) makes it a signed record, corrected afterwards only by an amendment with a reason.</source>
        <translation>„Neue Sitzung“ (Strg+T) listet zuerst jeden Sicherheitspunkt auf, der für den Kunden gilt, zum Bestätigen. Fügen Sie jeden behandelten Bereich mit seiner Nadeltiefe hinzu, dann die Reaktionen und die Nachsorge. „Letzte Sitzung wiederholen“ (Strg+R) übernimmt die vorige Sitzung; die Charge des Gleitmittels tippen Sie von der neuen Ampulle ab. „Entwurf speichern“ (Strg+S) hält sie bearbeitbar; „Speichern und signieren“ (Strg+Umschalt+S) macht sie zu einem signierten Eintrag, der danach nur durch eine Berichtigung mit Begründung korrigiert wird.</translation>
    </message>
    <message>
        <source>History and review</source>
        <translation>Verlauf und Auswertung</translation>
    </message>
    <message>
        <source>The client page shows the client&apos;s history, newest first; select a line to read the whole record. Trends chart the depth of each area and the reactions over time. Review → Sessions across clients (Ctrl+Shift+F) finds sessions of every client by date, area, device, reaction or product lot; Review → Follow-ups due lists who is due for a visit.</source>
        <translation>Die Kundenseite zeigt den Verlauf des Kunden, das Neueste zuerst; wählen Sie eine Zeile, um den ganzen Eintrag zu lesen. „Trends“ zeigt die Tiefe jedes Bereichs und die Reaktionen im Zeitverlauf. Auswertung → Sitzungen aller Kunden (Strg+Umschalt+F) findet Sitzungen aller Kunden nach Datum, Bereich, Gerät, Reaktion oder Produktcharge; Auswertung → Fällige Folgetermine zeigt, wer einen Termin braucht.</translation>
    </message>
    <message>
        <source>Keeping the records safe</source>
        <translation>Die Einträge sicher aufbewahren</translation>
    </message>
    <message>
        <source>The Logbook menu backs up and restores the logbook and verifies its signed records. File → Lock (Ctrl+L) hides everything until your passphrase is typed again. Help → Report a problem… saves the app&apos;s log and facts, without any client&apos;s details, to send to whoever supports you.</source>
        <translation>Das Menü „Logbuch“ sichert das Logbuch, stellt es wieder her und prüft seine signierten Einträge. Datei → Sperren (Strg+L) verbirgt alles, bis Ihre Passphrase erneut eingegeben wird. Hilfe → Problem melden… speichert das Protokoll und die Angaben der App, ohne Daten von Kunden, zum Versand an Ihren Support.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>A short tour of the window</source>
        <translation>Ein kurzer Rundgang durch das Fenster</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Every shortcut of the window, in one list</source>
        <translation>Alle Tastenkürzel des Fensters in einer Liste</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Problem melden…</translation>
    </message>
    <message>
        <source>Save the app&apos;s log and facts (no client&apos;s details) in a zip, to send to whoever supports you</source>
        <translation>Das Protokoll und die Angaben der App (ohne Daten von Kunden) als ZIP speichern, zum Versand an Ihren Support</translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation>Problembericht speichern</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>Der Bericht konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>The report was saved to {path}.

It holds the app&apos;s log and facts (version, system, schema), no client&apos;s details. Send it to whoever supports you.</source>
        <translation>Der Bericht wurde in {path} gespeichert.

Er enthält das Protokoll und die Angaben der App (Version, System, Schema), keine Daten von Kunden. Senden Sie ihn an Ihren Support.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>The new language applies the next time the logbook starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start des Logbuchs.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Logbook</source>
        <translation>&amp;Logbuch</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Aus&amp;wertung</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Microneedling Logbook</source>
        <translation>Microneedling-Logbuch</translation>
    </message>
    <message>
        <source>Signed in: {name} (administrator)</source>
        <translation>Angemeldet: {name} (Administrator)</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Angemeldet: {name}</translation>
    </message>
    <message>
        <source>Changes are recorded and sessions signed under this name (File → Switch practitioner…, Ctrl+L to lock)</source>
        <translation>Änderungen werden unter diesem Namen erfasst und Sitzungen signiert (Datei → Behandler wechseln…, Ctrl+L zum Sperren)</translation>
    </message>
    <message>
        <source>Microneedling Logbook — {name}</source>
        <translation>Microneedling-Logbuch — {name}</translation>
    </message>
    <message>
        <source>1 practitioner has no passphrase</source>
        <translation>1 Behandler hat keine Passphrase</translation>
    </message>
    <message>
        <source>{count} practitioners have no passphrase</source>
        <translation>{count} Behandler haben keine Passphrase</translation>
    </message>
    <message>
        <source>Anyone could sign in as: {names}. They choose a passphrase at their next sign-in.</source>
        <translation>Jeder könnte sich anmelden als: {names}. Bei der nächsten Anmeldung wählen sie eine Passphrase.</translation>
    </message>
    <message>
        <source>Logbook: {where}</source>
        <translation>Logbuch: {where}</translation>
    </message>
    <message>
        <source>The logbook file cannot be opened</source>
        <translation>Die Logbuch-Datei kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>Printed, not recorded</source>
        <translation>Gedruckt, aber nicht vermerkt</translation>
    </message>
    <message>
        <source>{document} sent to the printer.</source>
        <translation>{document} an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>Sitzungseintrag</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Nachsorgeblatt</translation>
    </message>
    <message>
        <source>History report</source>
        <translation>Verlaufsbericht</translation>
    </message>
    <message>
        <source>Clinic details saved.</source>
        <translation>Klinikdaten gespeichert.</translation>
    </message>
    <message>
        <source>Consent text saved: clients are asked to sign this version from now on.</source>
        <translation>Einwilligungstext gespeichert: Kunden werden ab jetzt gebeten, diese Fassung zu unterschreiben.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Nur lesbar: {reason}</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Make a new recovery sheet?</source>
        <translation>Ein neues Wiederherstellungsblatt erstellen?</translation>
    </message>
    <message>
        <source>A new recovery key is made and shown once, to print or save as a PDF.

The current recovery sheet will open nothing after this: use this when it is lost, or may have been seen by someone else. Keep the new sheet somewhere safe, away from this computer.</source>
        <translation>Ein neuer Wiederherstellungsschlüssel wird erstellt und einmal angezeigt, zum Drucken oder Speichern als PDF.

Das bisherige Wiederherstellungsblatt öffnet danach nichts mehr: Nutzen Sie dies, wenn es verloren ging oder jemand anderes es gesehen haben könnte. Bewahren Sie das neue Blatt sicher auf, getrennt von diesem Computer.</translation>
    </message>
    <message>
        <source>Make a new sheet</source>
        <translation>Neues Blatt erstellen</translation>
    </message>
    <message>
        <source>No new recovery sheet</source>
        <translation>Kein neues Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>Archive this client?</source>
        <translation>Diesen Kunden archivieren?</translation>
    </message>
    <message>
        <source>{name} will no longer be listed. Nothing is deleted: their records stay in the logbook and in exports, “Show archived clients” lists them, and they can be unarchived at any time.</source>
        <translation>{name} wird nicht mehr aufgelistet. Nichts wird gelöscht: Die Einträge bleiben im Logbuch und in Exporten, „Archivierte zeigen“ listet sie auf, und die Archivierung kann jederzeit aufgehoben werden.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>Nicht archiviert</translation>
    </message>
    <message>
        <source>{name} archived.</source>
        <translation>{name} archiviert.</translation>
    </message>
    <message>
        <source>Not unarchived</source>
        <translation>Archivierung nicht aufgehoben</translation>
    </message>
    <message>
        <source>{name} is listed again.</source>
        <translation>{name} wird wieder aufgelistet.</translation>
    </message>
    <message>
        <source>Erase this client?</source>
        <translation>Diesen Kunden löschen?</translation>
    </message>
    <message>
        <source>Erasing deletes {name} and every record of theirs for good: {sessions} session(s), signed ones included, their amendments, {photos} photo(s) and their files, screenings and consents.

Do this only when the client asks for their data to be erased (and nothing obliges you to keep it). The audit log keeps one entry that client {id} was erased, by whom and when — not their name. Backups made before still hold the client.

To archive a client instead, nothing is deleted: use Archive client.</source>
        <translation>Das Löschen entfernt {name} und alle zugehörigen Einträge endgültig: {sessions} Sitzung(en), auch signierte, deren Nachträge, {photos} Foto(s) samt Dateien, Screenings und Einwilligungen.

Tun Sie dies nur, wenn der Kunde die Löschung seiner Daten verlangt (und Sie nichts zur Aufbewahrung verpflichtet). Das Audit-Protokoll behält einen Eintrag, dass Kunde {id} gelöscht wurde, von wem und wann — nicht den Namen. Zuvor erstellte Sicherungen enthalten den Kunden weiterhin.

Um einen Kunden stattdessen zu archivieren, wobei nichts gelöscht wird: Verwenden Sie Kunde archivieren.</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Weiter…</translation>
    </message>
    <message>
        <source>Type the client&apos;s name to erase</source>
        <translation>Namen des Kunden zum Löschen eingeben</translation>
    </message>
    <message>
        <source>To erase {name} for good, type their full name:</source>
        <translation>Um {name} endgültig zu löschen, geben Sie den vollständigen Namen ein:</translation>
    </message>
    <message>
        <source>Nothing was erased</source>
        <translation>Nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>The name typed does not match {name}. Nothing was erased.</source>
        <translation>Der eingegebene Name stimmt nicht mit {name} überein. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Client erased: {sessions} session(s), {photos} photo(s) deleted.</source>
        <translation>Kunde gelöscht: {sessions} Sitzung(en), {photos} Foto(s) entfernt.</translation>
    </message>
</context>
<context>
    <name>ServerBanner</name>
    <message>
        <source>The clinic server cannot be reached — nothing typed is lost; save again when it is back, or keep the form as a local draft</source>
        <translation>Der Klinikserver ist nicht erreichbar — nichts Eingegebenes geht verloren; speichern Sie erneut, sobald er wieder da ist, oder behalten Sie das Formular als lokalen Entwurf</translation>
    </message>
    <message>
        <source>{count} sessions were kept on this computer while the clinic server could not be reached. Open the oldest now, to save it?</source>
        <translation>{count} Sitzungen wurden auf diesem Computer aufbewahrt, während der Klinikserver nicht erreichbar war. Die älteste jetzt öffnen, um sie zu speichern?</translation>
    </message>
    <message>
        <source>A session was kept on this computer while the clinic server could not be reached. Open it now, to save it?</source>
        <translation>Eine Sitzung wurde auf diesem Computer aufbewahrt, während der Klinikserver nicht erreichbar war. Jetzt öffnen, um sie zu speichern?</translation>
    </message>
    <message>
        <source>Sessions kept on this computer</source>
        <translation>Auf diesem Computer aufbewahrte Sitzungen</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>ServerPhotoEncryption</name>
    <message>
        <source>Encrypt the photos on the server?</source>
        <translation>Die Fotos auf dem Server verschlüsseln?</translation>
    </message>
    <message>
        <source>The photos kept on the clinic server will be encrypted with a key that only the practitioners&apos; passphrases and a new recovery sheet open. The photos stored so far are encrypted now; this takes a moment for many photos.

A recovery sheet is shown next, once: save it as a PDF or print it, and keep it away from this computer. Without a passphrase or that sheet, nobody can open the photos again.

The server&apos;s other records are not encrypted by the app: they rely on the server&apos;s disk encryption and on TLS (see the README, “For the clinic&apos;s IT”).</source>
        <translation>Die Fotos auf dem Klinikserver werden mit einem Schlüssel verschlüsselt, den nur die Passphrasen der Behandler und ein neues Wiederherstellungsblatt öffnen. Die bisher gespeicherten Fotos werden jetzt verschlüsselt; bei vielen Fotos dauert das einen Moment.

Anschließend wird einmalig ein Wiederherstellungsblatt angezeigt: Speichern Sie es als PDF oder drucken Sie es, und bewahren Sie es getrennt von diesem Computer auf. Ohne eine Passphrase oder dieses Blatt kann niemand die Fotos wieder öffnen.

Die übrigen Einträge auf dem Server verschlüsselt die App nicht: Sie beruhen auf der Festplattenverschlüsselung des Servers und auf TLS (siehe README, „For the clinic&apos;s IT“).</translation>
    </message>
    <message>
        <source>Encrypt with your passphrase</source>
        <translation>Mit Ihrer Passphrase verschlüsseln</translation>
    </message>
    <message>
        <source>Some photos are not encrypted yet</source>
        <translation>Einige Fotos sind noch nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypt the photos</source>
        <translation>Fotos verschlüsseln</translation>
    </message>
    <message>
        <source>The photos were not encrypted</source>
        <translation>Die Fotos wurden nicht verschlüsselt</translation>
    </message>
    <message>
        <source>To encrypt the photos, enter your passphrase: it holds the new key, and it was last entered more than a few minutes ago.</source>
        <translation>Geben Sie zum Verschlüsseln der Fotos Ihre Passphrase ein: Sie sichert den neuen Schlüssel, und sie wurde zuletzt vor mehr als ein paar Minuten eingegeben.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypting the photos stored so far…</source>
        <translation>Die bisher gespeicherten Fotos werden verschlüsselt…</translation>
    </message>
    <message>
        <source>Encrypt photos on the server</source>
        <translation>Fotos auf dem Server verschlüsseln</translation>
    </message>
    <message>
        <source>Photos on the server encrypted ({count} stored before).</source>
        <translation>Fotos auf dem Server verschlüsselt ({count} bereits zuvor gespeicherte).</translation>
    </message>
    <message>
        <source>{message}

Photos stored from now on are encrypted; some stored before are still kept unencrypted on the server, and read as before. Try again now?</source>
        <translation>{message}

Ab jetzt gespeicherte Fotos werden verschlüsselt; einige zuvor gespeicherte liegen noch unverschlüsselt auf dem Server und werden wie bisher gelesen. Jetzt erneut versuchen?</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>ShellAbout</name>
    <message>
        <source>The photos are encrypted: a practitioner&apos;s passphrase opens them.</source>
        <translation>Die Fotos sind verschlüsselt: Die Passphrase eines Behandlers öffnet sie.</translation>
    </message>
    <message>
        <source>Encrypted: the logbook file and its photos open only with a practitioner&apos;s passphrase or the recovery sheet.</source>
        <translation>Verschlüsselt: Die Logbuchdatei und ihre Fotos öffnen sich nur mit der Passphrase eines Behandlers oder dem Wiederherstellungsblatt.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Microneedling Logbook {version}</source>
        <translation>Microneedling-Logbuch {version}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Lizenz: {licence}</translation>
    </message>
    <message>
        <source>Treatment records kept on the clinic&apos;s own server.</source>
        <translation>Behandlungseinträge auf dem eigenen Server der Praxis.</translation>
    </message>
    <message>
        <source>Logbook: {location}</source>
        <translation>Logbuch: {location}</translation>
    </message>
    <message>
        <source>Treatment records kept on this computer only.</source>
        <translation>Behandlungseinträge nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Datenordner: {folder}</translation>
    </message>
    <message>
        <source>Database schema version: {version}</source>
        <translation>Version des Datenbankschemas: {version}</translation>
    </message>
    <message>
        <source>About Microneedling Logbook</source>
        <translation>Über Microneedling-Logbuch</translation>
    </message>
</context>
<context>
    <name>ShellActions</name>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Einen Kunden anlegen</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Neue Sit&amp;zung…</translation>
    </message>
    <message>
        <source>Record a session for the client</source>
        <translation>Eine Sitzung für den Kunden erfassen</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>Kunde &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the client&apos;s details</source>
        <translation>Die Angaben des Kunden bearbeiten</translation>
    </message>
    <message>
        <source>E&amp;xport history…</source>
        <translation>Verlauf e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The client&apos;s history as PDF, CSV, JSON or a bundle with the photos</source>
        <translation>Der Verlauf des Kunden als PDF, CSV, JSON oder als Paket mit den Fotos</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Kunden &amp;suchen</translation>
    </message>
    <message>
        <source>Search clients by name, phone or email</source>
        <translation>Kunden nach Name, Telefon oder E-Mail suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the logbook</source>
        <translation>Das Logbuch schließen</translation>
    </message>
    <message>
        <source>&amp;Sessions across clients…</source>
        <translation>&amp;Sitzungen aller Kunden…</translation>
    </message>
    <message>
        <source>Find past sessions of every client: by date, area, device, reaction, lot</source>
        <translation>Frühere Sitzungen aller Kunden finden: nach Datum, Areal, Gerät, Reaktion, Charge</translation>
    </message>
    <message>
        <source>S&amp;tart page</source>
        <translation>S&amp;tartseite</translation>
    </message>
    <message>
        <source>Today&apos;s sessions, follow-ups due, drafts waiting, clients opened lately</source>
        <translation>Heutige Sitzungen, fällige Folgetermine, wartende Entwürfe, zuletzt geöffnete Kunden</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due…</source>
        <translation>&amp;Fällige Folgetermine…</translation>
    </message>
    <message>
        <source>Clients due for their next visit or their course&apos;s next session; save to a calendar</source>
        <translation>Kunden, die ihren nächsten Besuch oder die nächste Sitzung ihrer Behandlungsserie fällig haben; in einen Kalender speichern</translation>
    </message>
    <message>
        <source>Course &amp;plan…</source>
        <translation>Behandlungs&amp;plan…</translation>
    </message>
    <message>
        <source>The client&apos;s course of treatment: sessions planned, interval, areas</source>
        <translation>Die Behandlungsserie des Kunden: geplante Sitzungen, Abstand, Areale</translation>
    </message>
    <message>
        <source>Record &amp;other treatment…</source>
        <translation>&amp;Andere Behandlung erfassen…</translation>
    </message>
    <message>
        <source>A peel, laser, IPL, facial, filler or neurotoxin treatment in the client&apos;s history</source>
        <translation>Ein Peeling, Laser, IPL, eine Gesichtsbehandlung, Filler- oder Neurotoxin-Behandlung im Verlauf des Kunden</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Clients and treatments from another system&apos;s CSV files</source>
        <translation>Kunden und Behandlungen aus den CSV-Dateien eines anderen Systems</translation>
    </message>
    <message>
        <source>Import &amp;client…</source>
        <translation>&amp;Kunde importieren…</translation>
    </message>
    <message>
        <source>A client (or every client) exported as a bundle by another logbook</source>
        <translation>Einen Kunden (oder alle Kunden), von einem anderen Logbuch als Paket exportiert</translation>
    </message>
    <message>
        <source>Automatic backups…</source>
        <translation>Automatische Sicherungen…</translation>
    </message>
    <message>
        <source>How many daily automatic backups to keep</source>
        <translation>Wie viele tägliche automatische Sicherungen aufbewahrt werden</translation>
    </message>
    <message>
        <source>Safety rules…</source>
        <translation>Sicherheitsregeln…</translation>
    </message>
    <message>
        <source>Wash-out periods, interval between sessions, screening and consent</source>
        <translation>Karenzzeiten, Abstand zwischen Sitzungen, Screening und Einwilligung</translation>
    </message>
    <message>
        <source>Auto-&amp;lock…</source>
        <translation>Automatische &amp;Sperre…</translation>
    </message>
    <message>
        <source>How many idle minutes before the window locks itself (the administrator&apos;s)</source>
        <translation>Nach wie vielen Minuten ohne Eingabe sich das Fenster sperrt (Sache des Administrators)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Hide everything until your passphrase is typed again</source>
        <translation>Alles verbergen, bis Ihre Passphrase erneut eingegeben wird</translation>
    </message>
    <message>
        <source>&amp;Connect to clinic server…</source>
        <translation>Mit &amp;Klinikserver verbinden…</translation>
    </message>
    <message>
        <source>Open the logbook on the clinic&apos;s server, or go back to the file on this computer</source>
        <translation>Das Logbuch auf dem Server der Klinik öffnen oder zur Datei auf diesem Computer zurückkehren</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>S&amp;witch practitioner…</source>
        <translation>Behandler &amp;wechseln…</translation>
    </message>
    <message>
        <source>Lock the window for another practitioner to sign in (your open session form is kept as your draft)</source>
        <translation>Das Fenster sperren, damit sich ein anderer Behandler anmeldet (Ihr offenes Sitzungsformular bleibt als Ihr Entwurf erhalten)</translation>
    </message>
    <message>
        <source>&amp;Practitioners…</source>
        <translation>Be&amp;handler…</translation>
    </message>
    <message>
        <source>Practitioners&apos; profiles: name, credentials, maximum licensed depth</source>
        <translation>Profile der Behandler: Name, Qualifikationen, maximal zugelassene Nadeltiefe</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit-Protokoll…</translation>
    </message>
    <message>
        <source>Every change to the logbook: who, when, what; filter and export</source>
        <translation>Jede Änderung am Logbuch: wer, wann, was; filtern und exportieren</translation>
    </message>
    <message>
        <source>&amp;Verify records…</source>
        <translation>Einträge &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check every signature, every signed record and the audit log&apos;s chain; nothing is changed</source>
        <translation>Jede Signatur, jeden signierten Eintrag und die Kette des Audit-Protokolls prüfen; nichts wird geändert</translation>
    </message>
    <message>
        <source>New recovery sheet…</source>
        <translation>Neues Wiederherstellungsblatt…</translation>
    </message>
    <message>
        <source>Replace a lost recovery sheet: a new recovery key, and the old sheet opens nothing (the administrator&apos;s)</source>
        <translation>Ein verlorenes Wiederherstellungsblatt ersetzen: ein neuer Wiederherstellungsschlüssel, und das alte Blatt öffnet nichts mehr (Sache des Administrators)</translation>
    </message>
    <message>
        <source>Encrypt photos on the server…</source>
        <translation>Fotos auf dem Server verschlüsseln…</translation>
    </message>
    <message>
        <source>Encrypt the photos kept on the clinic server with a key held by the practitioners&apos; passphrases and a recovery sheet (the administrator&apos;s)</source>
        <translation>Die Fotos auf dem Klinikserver mit einem Schlüssel verschlüsseln, den die Passphrasen der Behandler und ein Wiederherstellungsblatt öffnen (Sache des Administrators)</translation>
    </message>
    <message>
        <source>&amp;Archive client…</source>
        <translation>Kunde a&amp;rchivieren…</translation>
    </message>
    <message>
        <source>Hide the client from the list; nothing is deleted</source>
        <translation>Den Kunden aus der Liste ausblenden; nichts wird gelöscht</translation>
    </message>
    <message>
        <source>&amp;Unarchive client</source>
        <translation>Archivierung a&amp;ufheben</translation>
    </message>
    <message>
        <source>Show the client in the list again</source>
        <translation>Den Kunden wieder in der Liste zeigen</translation>
    </message>
    <message>
        <source>E&amp;rase client…</source>
        <translation>Kunde &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the client and all of their records and photos, at their request</source>
        <translation>Den Kunden mit allen Einträgen und Fotos löschen, auf seinen Wunsch</translation>
    </message>
    <message>
        <source>&amp;Print session…</source>
        <translation>Sitzung &amp;drucken…</translation>
    </message>
    <message>
        <source>The selected session&apos;s record, previewed, then printed</source>
        <translation>Der Eintrag der gewählten Sitzung, mit Vorschau, dann gedruckt</translation>
    </message>
    <message>
        <source>Print &amp;aftercare sheet…</source>
        <translation>N&amp;achsorgeblatt drucken…</translation>
    </message>
    <message>
        <source>One page for the client: the aftercare of the selected session in plain words, the clinic&apos;s phone, the next visit</source>
        <translation>Eine Seite für den Kunden: die Nachsorge der gewählten Sitzung in einfachen Worten, die Telefonnummer der Klinik, der nächste Termin</translation>
    </message>
    <message>
        <source>Print &amp;history report…</source>
        <translation>&amp;Verlaufsbericht drucken…</translation>
    </message>
    <message>
        <source>The client&apos;s whole history, as in the PDF report</source>
        <translation>Der ganze Verlauf des Kunden, wie im PDF-Bericht</translation>
    </message>
    <message>
        <source>Clinic &amp;details…</source>
        <translation>Klinik&amp;daten…</translation>
    </message>
    <message>
        <source>The clinic&apos;s name and phone for the aftercare sheet, its time zone (the administrator&apos;s)</source>
        <translation>Name und Telefonnummer der Klinik für das Nachsorgeblatt, ihre Zeitzone (Sache des Administrators)</translation>
    </message>
    <message>
        <source>&amp;Consent text…</source>
        <translation>&amp;Einwilligungstext…</translation>
    </message>
    <message>
        <source>The text clients read before they sign consent; every version is kept (the administrator&apos;s)</source>
        <translation>Der Text, den Kunden vor ihrer Einwilligung lesen; jede Fassung bleibt erhalten (Sache des Administrators)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Die Tastenkürzel filtern</translation>
    </message>
</context>
<context>
    <name>StartModels</name>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>overdue 1 day</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <source>overdue {count} days</source>
        <translation>{count} Tage überfällig</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in {count} days</source>
        <translation>in {count} Tagen</translation>
    </message>
    <message>
        <source>Course {label}</source>
        <translation>Behandlungsserie {label}</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlungsserie</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Nächster Besuch</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Signed: read-only</source>
        <translation>Signiert: nur lesbar</translation>
    </message>
    <message>
        <source>Draft: not signed yet</source>
        <translation>Entwurf: noch nicht signiert</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>No session recorded today yet.</source>
        <translation>Heute wurde noch keine Sitzung erfasst.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Folgetermine</translation>
    </message>
    <message>
        <source>Nobody is due: no next visit within two weeks either way, no course behind plan.</source>
        <translation>Niemand ist fällig: kein nächster Besuch innerhalb von zwei Wochen davor oder danach, keine Behandlungsserie im Rückstand.</translation>
    </message>
    <message>
        <source>Drafts waiting to be signed</source>
        <translation>Entwürfe, die auf Signatur warten</translation>
    </message>
    <message>
        <source>No draft from before today: everything older is signed.</source>
        <translation>Kein Entwurf von vor heute: Alles Ältere ist signiert.</translation>
    </message>
    <message>
        <source>Recently opened clients</source>
        <translation>Zuletzt geöffnete Kunden</translation>
    </message>
    <message>
        <source>Clients you open on this computer are listed here.</source>
        <translation>Kunden, die Sie auf diesem Computer öffnen, werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Aus CSV importieren…</translation>
    </message>
    <message>
        <source>Select a client on the left, or search by name, phone or email.</source>
        <translation>Wählen Sie links einen Kunden, oder suchen Sie nach Name, Telefon oder E-Mail.</translation>
    </message>
    <message>
        <source>The logbook is empty. Add your first client with “New client” (Ctrl+N), or bring clients and their treatments over from another system&apos;s CSV files.</source>
        <translation>Das Logbuch ist leer. Legen Sie Ihren ersten Kunden mit „Neuer Kunde“ (Ctrl+N) an, oder übernehmen Sie Kunden und ihre Behandlungen aus den CSV-Dateien eines anderen Systems.</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Follow-ups due ({count}: the first {shown} here, all in Review → Follow-ups due…)</source>
        <translation>Fällige Folgetermine ({count}: die ersten {shown} hier, alle unter Auswertung → Fällige Folgetermine…)</translation>
    </message>
    <message>
        <source>The day could not be read: {message}</source>
        <translation>Der Tag konnte nicht gelesen werden: {message}</translation>
    </message>
</context>
<context>
    <name>WindowBackups</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>A backup is made when the app starts and the last one is older than a day.
Keep the newest:</source>
        <translation>Beim Start der App wird eine Sicherung erstellt, wenn die letzte älter als einen Tag ist.
Die neuesten aufbewahren:</translation>
    </message>
    <message>
        <source>Keeping the newest automatic backup.</source>
        <translation>Die neueste automatische Sicherung wird aufbewahrt.</translation>
    </message>
    <message>
        <source>Keeping the newest {count} automatic backups.</source>
        <translation>Die neuesten {count} automatischen Sicherungen werden aufbewahrt.</translation>
    </message>
    <message>
        <source>Automatic backup failed: {message}</source>
        <translation>Automatische Sicherung fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>Automatic backup saved: {path}</source>
        <translation>Automatische Sicherung gespeichert: {path}</translation>
    </message>
    <message>
        <source>Not noted in the audit log: {error}</source>
        <translation>Nicht im Audit-Protokoll vermerkt: {error}</translation>
    </message>
</context>
<context>
    <name>WindowFlows</name>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>Session saved: it is signed once its photos are added.</source>
        <translation>Sitzung gespeichert: Sie wird signiert, sobald ihre Fotos hinzugefügt sind.</translation>
    </message>
    <message>
        <source>No session yet</source>
        <translation>Noch keine Sitzung</translation>
    </message>
    <message>
        <source>Photos belong to a session: record the session first, then add its photos.</source>
        <translation>Fotos gehören zu einer Sitzung: Erfassen Sie zuerst die Sitzung, dann fügen Sie ihre Fotos hinzu.</translation>
    </message>
    <message>
        <source>The session was not signed</source>
        <translation>Die Sitzung wurde nicht signiert</translation>
    </message>
    <message>
        <source>{error}

It is kept as a draft: sign it from the client&apos;s history.</source>
        <translation>{error}

Sie bleibt als Entwurf erhalten: Signieren Sie sie im Verlauf des Kunden.</translation>
    </message>
    <message>
        <source>Session saved and signed.</source>
        <translation>Sitzung gespeichert und signiert.</translation>
    </message>
    <message>
        <source>Photos added.</source>
        <translation>Fotos hinzugefügt.</translation>
    </message>
    <message>
        <source>{treatment} saved in the history.</source>
        <translation>{treatment} im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message>
        <source>Import client</source>
        <translation>Kunde importieren</translation>
    </message>
    <message>
        <source>Logbook bundles (*.zip);;All files (*)</source>
        <translation>Logbuch-Pakete (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Safety rules saved: they apply from the next session.</source>
        <translation>Sicherheitsregeln gespeichert: Sie gelten ab der nächsten Sitzung.</translation>
    </message>
    <message>
        <source>Draft of the session of {day} saved: sign it when it is complete.</source>
        <translation>Entwurf der Sitzung vom {day} gespeichert: Signieren Sie ihn, wenn er vollständig ist.</translation>
    </message>
    <message>
        <source>Session of {day} signed by {name} at {time}: it is now read-only.</source>
        <translation>Sitzung vom {day} von {name} um {time} signiert: Sie ist jetzt nur noch lesbar.</translation>
    </message>
</context>
</TS>
