<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AftercareSheet</name>
    <message>
        <source>Protect your skin with a broad-spectrum sunscreen of SPF 30 or higher every day, even when it is cloudy, and stay out of strong sun.</source>
        <translation>Schützen Sie Ihre Haut jeden Tag mit einem Breitband-Sonnenschutz mit LSF 30 oder höher, auch bei bewölktem Himmel, und meiden Sie starke Sonne.</translation>
    </message>
    <message>
        <source>Leave your skin free of makeup for the first 12 to 24 hours while it settles.</source>
        <translation>Tragen Sie in den ersten 12 bis 24 Stunden kein Make-up auf, damit sich Ihre Haut beruhigen kann.</translation>
    </message>
    <message>
        <source>Do not use retinoids (retinol, tretinoin) or exfoliating acids (such as AHA, BHA or strong vitamin C) for 5 days.</source>
        <translation>Verwenden Sie 5 Tage lang keine Retinoide (Retinol, Tretinoin) und keine Peeling-Säuren (wie AHA, BHA oder hochdosiertes Vitamin C).</translation>
    </message>
    <message>
        <source>Avoid saunas, steam, hot baths, swimming pools and hard exercise for 48 hours.</source>
        <translation>Meiden Sie 48 Stunden lang Sauna, Dampfbad, heiße Bäder, Schwimmbäder und anstrengenden Sport.</translation>
    </message>
    <message>
        <source>Apply the soothing serum or a gentle, fragrance-free moisturiser as advised, with clean hands.</source>
        <translation>Tragen Sie das beruhigende Serum oder eine milde, parfümfreie Feuchtigkeitspflege wie empfohlen mit sauberen Händen auf.</translation>
    </message>
    <message>
        <source>Sleep on a clean pillowcase tonight, and keep your hands off the treated skin.</source>
        <translation>Schlafen Sie heute Nacht auf einem frischen Kissenbezug und berühren Sie die behandelte Haut nicht mit den Händen.</translation>
    </message>
    <message>
        <source>Redness, warmth and a tight feeling, like a mild sunburn, are normal and usually settle within 1 to 3 days. Light dryness or flaking may follow for a few days: let it come away on its own.</source>
        <translation>Rötung, Wärme und ein Spannungsgefühl wie bei einem leichten Sonnenbrand sind normal und klingen meist innerhalb von 1 bis 3 Tagen ab. Danach kann die Haut einige Tage leicht trocken sein oder schuppen: Lassen Sie die Schüppchen von selbst abfallen.</translation>
    </message>
    <message>
        <source>Call us if redness or swelling grows after the second day, if you notice pain, blisters, crusting, pus, cold sores or a fever, or if anything worries you.</source>
        <translation>Rufen Sie uns an, wenn Rötung oder Schwellung nach dem zweiten Tag zunehmen, wenn Sie Schmerzen, Bläschen, Krusten, Eiter, Lippenherpes oder Fieber bemerken oder wenn Sie etwas beunruhigt.</translation>
    </message>
    <message>
        <source>Follow the advice your practitioner gave you today.</source>
        <translation>Befolgen Sie die Hinweise, die Ihr Behandler Ihnen heute gegeben hat.</translation>
    </message>
    <message>
        <source>Your next visit is due on &lt;b&gt;{day}&lt;/b&gt;.</source>
        <translation>Ihr nächster Termin ist am &lt;b&gt;{day}&lt;/b&gt; fällig.</translation>
    </message>
    <message>
        <source>Questions? Call {name} on &lt;b&gt;{phone}&lt;/b&gt;.</source>
        <translation>Fragen? Rufen Sie {name} unter &lt;b&gt;{phone}&lt;/b&gt; an.</translation>
    </message>
    <message>
        <source>Questions? Call us on &lt;b&gt;{phone}&lt;/b&gt;.</source>
        <translation>Fragen? Rufen Sie uns unter &lt;b&gt;{phone}&lt;/b&gt; an.</translation>
    </message>
    <message>
        <source>Phone {phone}</source>
        <translation>Telefon {phone}</translation>
    </message>
    <message>
        <source>For &lt;b&gt;{name}&lt;/b&gt;, treated on {day}.</source>
        <translation>Für &lt;b&gt;{name}&lt;/b&gt;, behandelt am {day}.</translation>
    </message>
    <message>
        <source>Your aftercare</source>
        <translation>Ihre Nachsorge</translation>
    </message>
    <message>
        <source>Your next visit: to be arranged with us.</source>
        <translation>Ihr nächster Termin: bitte mit uns vereinbaren.</translation>
    </message>
    <message>
        <source>Questions? Ask your practitioner.</source>
        <translation>Fragen? Wenden Sie sich an Ihren Behandler.</translation>
    </message>
    <message>
        <source>Aftercare after your microneedling treatment</source>
        <translation>Nachsorge nach Ihrer Mikroneedling-Behandlung</translation>
    </message>
    <message>
        <source>Looking after your skin</source>
        <translation>So pflegen Sie Ihre Haut</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Was Sie erwarten können</translation>
    </message>
    <message>
        <source>When to call us</source>
        <translation>Wann Sie uns anrufen sollten</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Unknown export format {format}; choose one of {formats}.</source>
        <translation>Unbekanntes Exportformat {format}; wählen Sie eines von: {formats}.</translation>
    </message>
</context>
<context>
    <name>ExportCalendar</name>
    <message>
        <source>The calendar {path} cannot be written: {problem}</source>
        <translation>Der Kalender {path} kann nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <source>The calendar {path} cannot be written: {problem}.</source>
        <translation>Der Kalender {path} kann nicht geschrieben werden: {problem}.</translation>
    </message>
</context>
<context>
    <name>ExportOutput</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: {name} was not written (nothing half written is left). Free some space, or choose another place, and try again.</source>
        <translation>Der Datenträger mit {folder} ist voll: {name} wurde nicht geschrieben (es bleibt nichts halb Geschriebenes zurück). Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {problem}.</source>
        <translation>In {folder} kann nicht geschrieben werden: {problem}.</translation>
    </message>
</context>
<context>
    <name>ExportPrinting</name>
    <message>
        <source>The printer did not accept the page.</source>
        <translation>Der Drucker hat die Seite nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>PdfHistory</name>
    <message>
        <source>Screening and consent: none recorded</source>
        <translation>Screening und Einwilligung: nichts erfasst</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>Keine Auffälligkeiten</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Screening am</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No screening recorded.</source>
        <translation>Kein Screening erfasst.</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>Keine Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>Screening and consent</source>
        <translation>Screening und Einwilligung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Products and lots</source>
        <translation>Produkte und Chargen</translation>
    </message>
    <message>
        <source>Consent version {version} signed {day}: {how}.</source>
        <translation>Einwilligung Version {version} unterschrieben am {day}: {how}.</translation>
    </message>
    <message>
        <source>signature drawn (below)</source>
        <translation>Unterschrift gezeichnet (unten)</translation>
    </message>
    <message>
        <source>signature drawn</source>
        <translation>Unterschrift gezeichnet</translation>
    </message>
    <message>
        <source>name typed “{name}”</source>
        <translation>Name eingegeben „{name}“</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Other treatments ({count})</source>
        <translation>Andere Behandlungen ({count})</translation>
    </message>
    <message>
        <source>, lot {lot}</source>
        <translation>, Charge {lot}</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>{day} (1 year)</source>
        <translation>{day} (1 Jahr)</translation>
    </message>
    <message>
        <source>{day} ({count} years)</source>
        <translation>{day} ({count} Jahre)</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nichts erfasst</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Fitzpatrick type</source>
        <translation>Fitzpatrick-Typ</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>Hauttyp</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>Medizinische Hinweise</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>General notes</source>
        <translation>Allgemeine Notizen</translation>
    </message>
    <message>
        <source>No sessions recorded.</source>
        <translation>Keine Sitzungen erfasst.</translation>
    </message>
    <message>
        <source>{sessions} on {day}; {photos}.</source>
        <translation>{sessions} am {day}; {photos}.</translation>
    </message>
    <message>
        <source>{sessions} from {first} to {last}; {photos}.</source>
        <translation>{sessions} vom {first} bis {last}; {photos}.</translation>
    </message>
    <message>
        <source>Practitioners: {names}</source>
        <translation>Behandler: {names}</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>, lot {lot}</source>
        <translation>, Charge {lot}</translation>
    </message>
    <message>
        <source>, expires {day}</source>
        <translation>, verwendbar bis {day}</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Numbing</source>
        <translation>Betäubung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Glide and products</source>
        <translation>Gleitmittel und Produkte</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>Nächster Termin fällig</translation>
    </message>
    <message>
        <source>Session {number} of {total} · {when}</source>
        <translation>Sitzung {number} von {total} · {when}</translation>
    </message>
    <message>
        <source>Treatment history</source>
        <translation>Behandlungshistorie</translation>
    </message>
    <message>
        <source>Acknowledged before treatment:</source>
        <translation>Vor der Behandlung bestätigt:</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>When observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Areas treated</source>
        <translation>Behandelte Zonen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>Skin reactions</source>
        <translation>Hautreaktionen</translation>
    </message>
    <message>
        <source>Amendments after signing</source>
        <translation>Korrekturen nach der Signatur</translation>
    </message>
    <message>
        <source>When, by</source>
        <translation>Wann, von wem</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>DRAFT — not signed: this record may still be changed by its practitioner.</source>
        <translation>ENTWURF – nicht signiert: Dieser Eintrag kann vom Behandler noch geändert werden.</translation>
    </message>
    <message>
        <source>Signed by {name} on {when}</source>
        <translation>Signiert von {name} am {when}</translation>
    </message>
    <message>
        <source> · amended 1 time since (below)</source>
        <translation> · seitdem 1-mal korrigiert (siehe unten)</translation>
    </message>
    <message>
        <source> · amended {count} times since (below)</source>
        <translation> · seitdem {count}-mal korrigiert (siehe unten)</translation>
    </message>
    <message>
        <source>capture time unknown</source>
        <translation>Aufnahmezeitpunkt unbekannt</translation>
    </message>
    <message>
        <source>Added after signing on {day} by {name}</source>
        <translation>Nach der Signatur am {day} von {name} hinzugefügt</translation>
    </message>
    <message>
        <source>Added after signing on {day}</source>
        <translation>Nach der Signatur am {day} hinzugefügt</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Photo not shown — {reason}</source>
        <translation>Foto nicht angezeigt – {reason}</translation>
    </message>
    <message>
        <source>other treatment</source>
        <translation>andere Behandlung</translation>
    </message>
    <message>
        <source>other treatments</source>
        <translation>andere Behandlungen</translation>
    </message>
    <message>
        <source>End of the treatment history: {totals}.</source>
        <translation>Ende der Behandlungshistorie: {totals}.</translation>
    </message>
    <message>
        <source>Times are given in the clinic&apos;s time zone, {zone}.</source>
        <translation>Zeitangaben in der Zeitzone der Praxis, {zone}.</translation>
    </message>
    <message>
        <source>Audit log head when this report was made: {head}</source>
        <translation>Letzter Eintrag des Audit-Protokolls bei Erstellung dieses Berichts: {head}</translation>
    </message>
    <message>
        <source>Treatment history — {name}</source>
        <translation>Behandlungshistorie – {name}</translation>
    </message>
    <message>
        <source>The report cannot be drawn there (the printer refused it).</source>
        <translation>Der Bericht kann dort nicht ausgegeben werden (der Drucker hat ihn abgelehnt).</translation>
    </message>
    <message>
        <source>Photos ({count})</source>
        <translation>Fotos ({count})</translation>
    </message>
    <message>
        <source>Treatment history · {name}</source>
        <translation>Behandlungshistorie · {name}</translation>
    </message>
    <message>
        <source> · born {day}</source>
        <translation> · geboren am {day}</translation>
    </message>
    <message>
        <source>Generated {when} · Microneedling Logbook {version}</source>
        <translation>Erstellt am {when} · Microneedling Logbook {version}</translation>
    </message>
    <message>
        <source> · Audit log head {head}</source>
        <translation> · Audit-Protokoll {head}</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
</context>
<context>
    <name>Recall</name>
    <message>
        <source>No client got lot {lot}: there is nothing to export.</source>
        <translation>Kein Kunde hat Charge {lot} erhalten: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>{clients}, {sessions}. Printed {day}. Confidential: client contact details.</source>
        <translation>{clients}, {sessions}. Gedruckt am {day}. Vertraulich: Kontaktdaten von Kunden.</translation>
    </message>
    <message>
        <source>Recall: lot {lot}</source>
        <translation>Rückruf: Charge {lot}</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>{title}: Microneedling Logbook</source>
        <translation>{title}: Microneedling Logbook</translation>
    </message>
    <message>
        <source>In the app: on the sign-in screen choose &lt;b&gt;Use the recovery sheet…&lt;/b&gt; and type the key. Spaces, dashes and upper or lower case do not matter, and a typing mistake is caught by the last group.</source>
        <translation>In der App: Wählen Sie im Anmeldebildschirm &lt;b&gt;Wiederherstellungsblatt verwenden…&lt;/b&gt; und geben Sie den Schlüssel ein. Leerzeichen, Bindestriche sowie Groß- und Kleinschreibung spielen keine Rolle, und ein Tippfehler wird an der letzten Gruppe erkannt.</translation>
    </message>
    <message>
        <source>This key opens the encrypted logbook named below when every practitioner&apos;s passphrase is forgotten. Keep it: it is shown only once.</source>
        <translation>Dieser Schlüssel öffnet das unten genannte verschlüsselte Logbuch, wenn alle Passphrasen der Behandler vergessen sind. Bewahren Sie ihn auf: Er wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>The key has no letter I, L or O: those shapes are the digits 1 and 0.</source>
        <translation>Der Schlüssel enthält keine Buchstaben I, L oder O: Diese Zeichen sind die Ziffern 1 und 0.</translation>
    </message>
    <message>
        <source>The logbook is encrypted. Without a practitioner&apos;s passphrase or this sheet, nobody can read its records again: not the clinic, not the makers of the app, not a repair shop.</source>
        <translation>Das Logbuch ist verschlüsselt. Ohne die Passphrase eines Behandlers oder dieses Blatt kann niemand seine Einträge je wieder lesen: weder die Praxis noch die Hersteller der App noch eine Reparaturwerkstatt.</translation>
    </message>
    <message>
        <source>Store this sheet in a safe or a locked drawer, away from the computer and its bag, and never as a photo or a file on the computer or in e-mail. Whoever holds this sheet and a copy of the logbook can read every record in it.</source>
        <translation>Bewahren Sie dieses Blatt in einem Tresor oder einer abschließbaren Schublade auf, getrennt vom Computer und seiner Tasche, und niemals als Foto oder Datei auf dem Computer oder in einer E-Mail. Wer dieses Blatt und eine Kopie des Logbuchs besitzt, kann jeden Eintrag darin lesen.</translation>
    </message>
    <message>
        <source>On the command line: type the key into a file only you can read, give it with the option below, and delete the file afterwards:</source>
        <translation>In der Kommandozeile: Schreiben Sie den Schlüssel in eine Datei, die nur Sie lesen können, geben Sie sie mit der folgenden Option an und löschen Sie die Datei danach:</translation>
    </message>
    <message>
        <source>Then set a new passphrase for every practitioner who forgot theirs.</source>
        <translation>Legen Sie anschließend für jeden Behandler, der seine Passphrase vergessen hat, eine neue fest.</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbuch</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Without it, nothing can be recovered</source>
        <translation>Ohne dieses Blatt lässt sich nichts wiederherstellen</translation>
    </message>
    <message>
        <source>Keep it locked away</source>
        <translation>Verschlossen aufbewahren</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>So verwenden Sie es</translation>
    </message>
    <message>
        <source>The recovery sheet cannot be drawn on this device.</source>
        <translation>Das Wiederherstellungsblatt kann auf diesem Gerät nicht ausgegeben werden.</translation>
    </message>
</context>
</TS>
