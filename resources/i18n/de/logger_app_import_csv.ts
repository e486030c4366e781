<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ClientField</name>
    <message>
        <source>Client id (links the treatments)</source>
        <translation>Kunden-ID (verknüpft die Behandlungen)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name (split when no first/last columns)</source>
        <translation>Vollständiger Name (geteilt, wenn Spalten für Vor-/Nachname fehlen)</translation>
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
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Medical notes / notes</source>
        <translation>Medizinische Notizen / Notizen</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>Hauttyp</translation>
    </message>
    <message>
        <source>Fitzpatrick type</source>
        <translation>Fitzpatrick-Typ</translation>
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
        <source>Tags (in medical notes)</source>
        <translation>Schlagwörter (in den medizinischen Notizen)</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>an Excel workbook or another zip file; save it as CSV first</source>
        <translation>eine Excel-Arbeitsmappe oder eine andere ZIP-Datei; speichern Sie sie zuerst als CSV</translation>
    </message>
    <message>
        <source>an old Excel (.xls) workbook; save it as CSV first</source>
        <translation>eine alte Excel-Arbeitsmappe (.xls); speichern Sie sie zuerst als CSV</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a SQLite database</source>
        <translation>eine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>{file} has changed since it was read: choose it again to check it.</source>
        <translation>{file} wurde seit dem Einlesen geändert: Wählen Sie die Datei erneut, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>{file} is no longer readable as {encoding}: {error}.</source>
        <translation>{file} ist nicht mehr als {encoding} lesbar: {error}.</translation>
    </message>
    <message>
        <source>{file} is {what}, not a CSV file.</source>
        <translation>{file} ist {what}, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>{file} claims to be UTF-16 text but is damaged.</source>
        <translation>{file} gibt sich als UTF-16-Text aus, ist aber beschädigt.</translation>
    </message>
    <message>
        <source>{file} is a binary file, not a CSV text file.</source>
        <translation>{file} ist eine Binärdatei, keine CSV-Textdatei.</translation>
    </message>
    <message>
        <source>{file} is UTF-8 except for {bytes} in {rows}: those rows are listed as problems.</source>
        <translation>{file} ist UTF-8 bis auf {bytes} in {rows}: Diese Zeilen werden als Probleme aufgeführt.</translation>
    </message>
    <message>
        <source>byte</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>{file} is not UTF-8; it was read as {encoding}. Check that accented letters in the preview look right.</source>
        <translation>{file} ist kein UTF-8; die Datei wurde als {encoding} gelesen. Prüfen Sie, ob Umlaute und Akzente in der Vorschau richtig aussehen.</translation>
    </message>
    <message>
        <source>{file} is not a readable CSV file: {error}.</source>
        <translation>{file} ist keine lesbare CSV-Datei: {error}.</translation>
    </message>
    <message>
        <source>{file} has no header row: row {row} holds values ({values}), not column names. Add a first row naming the columns.</source>
        <translation>{file} hat keine Kopfzeile: Zeile {row} enthält Werte ({values}), keine Spaltennamen. Fügen Sie eine erste Zeile mit den Spaltennamen hinzu.</translation>
    </message>
    <message>
        <source>{file} has a header row but no data rows.</source>
        <translation>{file} hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>{file}: no row has as many values as the header has columns ({columns}, split by {delimiter}); the file is not a regular CSV table.</source>
        <translation>{file}: Keine Zeile hat so viele Werte, wie die Kopfzeile Spalten hat ({columns}, getrennt durch {delimiter}); die Datei ist keine regelmäßige CSV-Tabelle.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} ist leer.</translation>
    </message>
</context>
<context>
    <name>ImportCommit</name>
    <message>
        <source>Sign in to import: the imported sessions are signed by whoever imports them.</source>
        <translation>Melden Sie sich zum Importieren an: Die importierten Sitzungen werden von der Person signiert, die sie importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: {problems}</source>
        <translation>Es wurde nichts importiert: {problems}</translation>
    </message>
    <message>
        <source>Nothing was imported: {rows} with problems. Fix them in the files, or choose to skip the rows with problems (fixed later, importing the same files again adds them to the same clients).</source>
        <translation>Es wurde nichts importiert: {rows} mit Problemen. Beheben Sie sie in den Dateien oder wählen Sie, die Zeilen mit Problemen zu überspringen (später behoben, fügt ein erneuter Import derselben Dateien sie denselben Kunden hinzu).</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Nothing was imported: the files did not read the same as when they were checked (changed in between?). Check them again.</source>
        <translation>Es wurde nichts importiert: Die Dateien lasen sich anders als bei der Prüfung (zwischenzeitlich geändert?). Prüfen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Nothing was imported: {file} row {row} was refused: {error}</source>
        <translation>Es wurde nichts importiert: {file}, Zeile {row} wurde abgelehnt: {error}</translation>
    </message>
    <message>
        <source>Nothing was imported: {file} row {row}: {error}</source>
        <translation>Es wurde nichts importiert: {file}, Zeile {row}: {error}</translation>
    </message>
    <message>
        <source>The import was stopped: nothing was imported.</source>
        <translation>Der Import wurde abgebrochen: Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
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
        <source>other treatment</source>
        <translation>andere Behandlung</translation>
    </message>
    <message>
        <source>other treatments</source>
        <translation>andere Behandlungen</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>treatment row</source>
        <translation>Behandlungszeile</translation>
    </message>
    <message>
        <source>treatment rows</source>
        <translation>Behandlungszeilen</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>{listed} and {last} to add; {rows} with problems</source>
        <translation>{listed} und {last} hinzuzufügen; {rows} mit Problemen</translation>
    </message>
    <message>
        <source>; {clients} and {rows} already imported</source>
        <translation>; {clients} und {rows} bereits importiert</translation>
    </message>
    <message>
        <source>; {clients} already in the logbook skipped</source>
        <translation>; {clients} bereits im Logbuch, übersprungen</translation>
    </message>
    <message>
        <source>--day-first or --month-first; in the wizard: &quot;Dates like 03/04/2024&quot;</source>
        <translation>--day-first oder --month-first; im Assistenten: „Datumsangaben wie 03/04/2024“</translation>
    </message>
    <message>
        <source>{field}: there is no column {header} (the columns are: {columns}).</source>
        <translation>{field}: Es gibt keine Spalte {header} (die Spalten sind: {columns}).</translation>
    </message>
    <message>
        <source>Choose the columns of the first and last name (or of the full name).</source>
        <translation>Wählen Sie die Spalten für Vor- und Nachname (oder für den vollständigen Namen).</translation>
    </message>
    <message>
        <source>Choose the column of the client id (to link treatments).</source>
        <translation>Wählen Sie die Spalte der Kunden-ID (um Behandlungen zuzuordnen).</translation>
    </message>
    <message>
        <source>Choose the column of the client id (the link to the clients file), or of the client&apos;s name.</source>
        <translation>Wählen Sie die Spalte der Kunden-ID (die Verknüpfung zur Kundendatei) oder des Kundennamens.</translation>
    </message>
    <message>
        <source>Choose the column of the treatment date.</source>
        <translation>Wählen Sie die Spalte des Behandlungsdatums.</translation>
    </message>
    <message>
        <source>Dates read {order}, as chosen.</source>
        <translation>Datumsangaben gelesen als {order}, wie gewählt.</translation>
    </message>
    <message>
        <source>Dates read {order}: detected from {example}.</source>
        <translation>Datumsangaben gelesen als {order}: erkannt an {example}.</translation>
    </message>
    <message>
        <source>The files mix day-first ({day_first}) and month-first ({month_first}) dates: choose the date order ({controls}); the dates that do not fit it will be listed as problems.</source>
        <translation>Die Dateien mischen Datumsangaben mit Tag zuerst ({day_first}) und Monat zuerst ({month_first}): Wählen Sie die Datumsreihenfolge ({controls}); Datumsangaben, die nicht dazu passen, werden als Probleme aufgeführt.</translation>
    </message>
    <message>
        <source>Dates like {example} could be day/month or month/day and no date in the files tells which: choose the date order ({controls}).</source>
        <translation>Datumsangaben wie {example} können Tag/Monat oder Monat/Tag sein, und kein Datum in den Dateien entscheidet es: Wählen Sie die Datumsreihenfolge ({controls}).</translation>
    </message>
    <message>
        <source>The dates do not depend on a day/month order.</source>
        <translation>Die Datumsangaben hängen nicht von der Reihenfolge Tag/Monat ab.</translation>
    </message>
    <message>
        <source>The date order must be chosen.</source>
        <translation>Die Datumsreihenfolge muss gewählt werden.</translation>
    </message>
    <message>
        <source>day first (DD/MM/YYYY)</source>
        <translation>Tag zuerst (TT/MM/JJJJ)</translation>
    </message>
    <message>
        <source>month first (MM/DD/YYYY)</source>
        <translation>Monat zuerst (MM/TT/JJJJ)</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>{file}: {rows}, {encoding}, separated by {delimiter}; header on row {row}.</source>
        <translation>{file}: {rows}, {encoding}, getrennt durch {delimiter}; Kopfzeile in Zeile {row}.</translation>
    </message>
    <message>
        <source>the general notes</source>
        <translation>den allgemeinen Notizen</translation>
    </message>
    <message>
        <source>each treatment&apos;s notes</source>
        <translation>den Notizen der jeweiligen Behandlung</translation>
    </message>
    <message>
        <source>{file} holds the clients and their appointments: each row is an appointment, each client is taken from its first row (by client id, or by name and date of birth).</source>
        <translation>{file} enthält die Kunden und ihre Termine: Jede Zeile ist ein Termin, jeder Kunde wird aus seiner ersten Zeile übernommen (nach Kunden-ID oder nach Name und Geburtsdatum).</translation>
    </message>
    <message>
        <source>{file} is linked to {clients} by {column}.</source>
        <translation>{file} ist über {column} mit {clients} verknüpft.</translation>
    </message>
    <message>
        <source>{file} has no client id: its rows are linked to the clients by name and date of birth (case and accents aside).</source>
        <translation>{file} hat keine Kunden-ID: Die Zeilen werden den Kunden nach Name und Geburtsdatum zugeordnet (ohne Beachtung von Groß-/Kleinschreibung und Akzenten).</translation>
    </message>
    <message>
        <source>{file} has no client id: its rows are linked to the clients by name (case and accents aside).</source>
        <translation>{file} hat keine Kunden-ID: Die Zeilen werden den Kunden nach Name zugeordnet (ohne Beachtung von Groß-/Kleinschreibung und Akzenten).</translation>
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
        <source>{clients} of {file} were imported before from this source: not added again; their rows not imported yet are added to them.</source>
        <translation>{clients} aus {file} wurden bereits früher aus dieser Quelle importiert: nicht erneut hinzugefügt; ihre noch nicht importierten Zeilen werden ihnen zugeordnet.</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>--skip-problem-rows; in the wizard: &quot;Skip the rows with problems&quot;</source>
        <translation>--skip-problem-rows; im Assistenten: „Zeilen mit Problemen überspringen“</translation>
    </message>
    <message>
        <source>No date: a treatment needs its date.</source>
        <translation>Kein Datum: Eine Behandlung braucht ihr Datum.</translation>
    </message>
    <message>
        <source>{date} is in the future: a booking, not a treatment that took place. Skip it ({controls}).</source>
        <translation>{date} liegt in der Zukunft: eine Buchung, keine stattgefundene Behandlung. Überspringen Sie die Zeile ({controls}).</translation>
    </message>
    <message>
        <source>columns kept in {where}, one line each: {columns}</source>
        <translation>Spalten, die in {where} übernommen werden, je eine Zeile: {columns}</translation>
    </message>
    <message>
        <source>columns left out as chosen: {columns}</source>
        <translation>wie gewählt weggelassene Spalten: {columns}</translation>
    </message>
    <message>
        <source>has {values} values but the header has {columns} columns (a separator inside a value that is not in quotes?).</source>
        <translation>hat {values} Werte, aber die Kopfzeile hat {columns} Spalten (ein Trennzeichen in einem Wert ohne Anführungszeichen?).</translation>
    </message>
    <message>
        <source>byte {byte} is not UTF-8 (in {value}): correct the file, or skip the row (--skip-problem-rows, or &quot;Skip the rows with problems&quot; in the wizard).</source>
        <translation>Byte {byte} ist kein UTF-8 (in {value}): Korrigieren Sie die Datei oder überspringen Sie die Zeile (--skip-problem-rows oder „Zeilen mit Problemen überspringen“ im Assistenten).</translation>
    </message>
    <message>
        <source>Same name and date of birth as row {row}: both are added as separate clients.</source>
        <translation>Gleicher Name und gleiches Geburtsdatum wie Zeile {row}: Beide werden als getrennte Kunden hinzugefügt.</translation>
    </message>
    <message>
        <source>, born {date}</source>
        <translation>, geboren am {date}</translation>
    </message>
    <message>
        <source>added again as a separate client</source>
        <translation>erneut als eigener Kunde hinzugefügt</translation>
    </message>
    <message>
        <source>skipped, with its treatments (to add it anyway: --import-duplicates, or “Also add clients already in the logbook”)</source>
        <translation>übersprungen, samt Behandlungen (um ihn trotzdem hinzuzufügen: --import-duplicates oder „Auch Kunden hinzufügen, die schon im Logbuch sind“)</translation>
    </message>
    <message>
        <source>{name}{born} is already in the logbook: {outcome}.</source>
        <translation>{name}{born} ist bereits im Logbuch: {outcome}.</translation>
    </message>
    <message>
        <source>No client id: treatments cannot link. Fill it in the file, or skip the row (--skip-problem-rows, or “Skip the rows with problems”).</source>
        <translation>Keine Kunden-ID: Behandlungen können nicht zugeordnet werden. Tragen Sie sie in der Datei ein oder überspringen Sie die Zeile (--skip-problem-rows oder „Zeilen mit Problemen überspringen“).</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>Client id {id} is also used by row {rows}: ids must be unique. Correct the file, or choose another id column (--map client_id=HEADER, or on “Match the columns”).</source>
        <translation>Die Kunden-ID {id} wird auch von Zeile {rows} verwendet: IDs müssen eindeutig sein. Korrigieren Sie die Datei oder wählen Sie eine andere ID-Spalte (--map client_id=HEADER oder unter „Spalten zuordnen“).</translation>
    </message>
    <message>
        <source>{value} read as no known allergy.</source>
        <translation>{value} gelesen als keine bekannte Allergie.</translation>
    </message>
    <message>
        <source>&quot;When a treatment row does not record it&quot;</source>
        <translation>„Wenn eine Behandlungszeile es nicht angibt“</translation>
    </message>
    <message>
        <source>{status}: not imported.</source>
        <translation>{status}: nicht importiert.</translation>
    </message>
    <message>
        <source>No client name: the row cannot be linked to a client.</source>
        <translation>Kein Kundenname: Die Zeile kann keinem Kunden zugeordnet werden.</translation>
    </message>
    <message>
        <source>, born {date},</source>
        <translation>, geboren am {date},</translation>
    </message>
    <message>
        <source>There is no client named {name}{born} in {file}.</source>
        <translation>In {file} gibt es keinen Kunden namens {name}{born}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>{name} could be the client of {file} {rows}: add the clients&apos; birth dates or ids to both files to tell them apart, or skip this row.</source>
        <translation>{name} könnte der Kunde aus {file} {rows} sein: Ergänzen Sie die Geburtsdaten oder IDs der Kunden in beiden Dateien, um sie zu unterscheiden, oder überspringen Sie diese Zeile.</translation>
    </message>
    <message>
        <source>{name} in {count}</source>
        <translation>{name} in {count}</translation>
    </message>
    <message>
        <source>Not recorded in {file}, set at import (and said so in each session&apos;s notes): {used} sessions.</source>
        <translation>Nicht in {file} angegeben, beim Import gesetzt (und in den Notizen jeder Sitzung vermerkt): {used} Sitzungen.</translation>
    </message>
    <message>
        <source>{count} cancelled or missed appointments in {file} not imported.</source>
        <translation>{count} abgesagte oder versäumte Termine in {file} nicht importiert.</translation>
    </message>
    <message>
        <source>Rows of {file} that are not microneedling (by their service) become other treatments, with no area, depth or device: {kinds}.</source>
        <translation>Zeilen aus {file}, die (laut Leistung) kein Mikroneedling sind, werden zu anderen Behandlungen, ohne Areal, Nadeltiefe oder Gerät: {kinds}.</translation>
    </message>
    <message>
        <source>{count} rows of {file} were imported before from this source: left out.</source>
        <translation>{count} Zeilen aus {file} wurden bereits früher aus dieser Quelle importiert: weggelassen.</translation>
    </message>
    <message>
        <source>{count} treatment rows skipped with their client (already in the logbook).</source>
        <translation>{count} Behandlungszeilen mit ihrem Kunden übersprungen (bereits im Logbuch).</translation>
    </message>
    <message>
        <source>No client id: the row cannot be linked to a client.</source>
        <translation>Keine Kunden-ID: Die Zeile kann keinem Kunden zugeordnet werden.</translation>
    </message>
    <message>
        <source>There is no client with id {id} in {file}.</source>
        <translation>In {file} gibt es keinen Kunden mit der ID {id}.</translation>
    </message>
    <message>
        <source>Skipped with client {id}: already in the logbook.</source>
        <translation>Mit Kunde {id} übersprungen: bereits im Logbuch.</translation>
    </message>
    <message>
        <source>Its client ({file} row {row}) has problems.</source>
        <translation>Der zugehörige Kunde ({file} Zeile {row}) hat Probleme.</translation>
    </message>
    <message>
        <source>area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>Nadeltiefe</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>No {names} recorded: choose a default for rows without it ({options}; in the wizard: {box}), or skip this row.</source>
        <translation>Kein(e) {names} angegeben: Wählen Sie einen Standardwert für Zeilen ohne diese Angabe ({options}; im Assistenten: {box}) oder überspringen Sie diese Zeile.</translation>
    </message>
    <message>
        <source>No {names} recorded: choose a default for rows without them ({options}; in the wizard: {box}), or skip this row.</source>
        <translation>Keine Angaben zu {names}: Wählen Sie Standardwerte für Zeilen ohne diese Angaben ({options}; im Assistenten: {box}) oder überspringen Sie diese Zeile.</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>{date} is in the future: a booking, not a session that took place. Skip it ({controls}).</source>
        <translation>{date} liegt in der Zukunft: eine Buchung, keine stattgefundene Sitzung. Überspringen Sie die Zeile ({controls}).</translation>
    </message>
    <message>
        <source>No date: a session needs its date.</source>
        <translation>Kein Datum: Eine Sitzung braucht ihr Datum.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Imported {listed} and {last}.</source>
        <translation>Importiert: {listed} und {last}.</translation>
    </message>
    <message>
        <source>Nothing was imported: there was nothing to add.</source>
        <translation>Nichts wurde importiert: Es gab nichts hinzuzufügen.</translation>
    </message>
    <message>
        <source> {clients} had been imported before: their new rows were added to them.</source>
        <translation> {clients} waren bereits früher importiert: Ihre neuen Zeilen wurden ihnen hinzugefügt.</translation>
    </message>
    <message>
        <source> Left out {rows} imported before.</source>
        <translation> {rows}, die bereits früher importiert waren, weggelassen.</translation>
    </message>
    <message>
        <source> Skipped {rows} with problems.</source>
        <translation> {rows} mit Problemen übersprungen.</translation>
    </message>
    <message>
        <source> Skipped {clients} already in the logbook.</source>
        <translation> {clients}, die bereits im Logbuch sind, übersprungen.</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>--day-first or --month-first, or “Dates like 03/04/2024” in the wizard</source>
        <translation>--day-first oder --month-first, oder „Datumsangaben wie 03/04/2024“ im Assistenten</translation>
    </message>
    <message>
        <source>correct it in the file, choose the other order ({choice}), or skip the row (--skip-problem-rows).</source>
        <translation>Korrigieren Sie es in der Datei, wählen Sie die andere Reihenfolge ({choice}) oder überspringen Sie die Zeile (--skip-problem-rows).</translation>
    </message>
    <message>
        <source>{value} could be day/month or month/day: choose the date order ({choice}).</source>
        <translation>{value} kann Tag/Monat oder Monat/Tag sein: Wählen Sie die Datumsreihenfolge ({choice}).</translation>
    </message>
    <message>
        <source>{value} does not fit the day-first order (DD/MM/YYYY): {fix}</source>
        <translation>{value} passt nicht zur Reihenfolge Tag zuerst (TT/MM/JJJJ): {fix}</translation>
    </message>
    <message>
        <source>{value} does not fit the month-first order (MM/DD/YYYY): {fix}</source>
        <translation>{value} passt nicht zur Reihenfolge Monat zuerst (MM/TT/JJJJ): {fix}</translation>
    </message>
    <message>
        <source>{value} is not a time (expected HH:MM).</source>
        <translation>{value} ist keine Uhrzeit (erwartet HH:MM).</translation>
    </message>
    <message>
        <source>{value} is not a date (no such day).</source>
        <translation>{value} ist kein Datum (diesen Tag gibt es nicht).</translation>
    </message>
    <message>
        <source>{value} is not {what} the logbook knows ({accepted}): map it with --map-value {option}, or under Values in the wizard.</source>
        <translation>{value} ist dem Logbuch nicht als {what} bekannt ({accepted}): Ordnen Sie den Wert mit --map-value {option} oder unter „Werte“ im Assistenten zu.</translation>
    </message>
    <message>
        <source>a Fitzpatrick type</source>
        <translation>Fitzpatrick-Typ</translation>
    </message>
    <message>
        <source>I–VI or 1–6</source>
        <translation>I–VI oder 1–6</translation>
    </message>
    <message>
        <source>a skin type</source>
        <translation>Hauttyp</translation>
    </message>
    <message>
        <source>an area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <source>No area given.</source>
        <translation>Kein Areal angegeben.</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Depth {value} is not one number of millimetres.</source>
        <translation>Die Nadeltiefe {value} ist nicht eine einzelne Zahl in Millimetern.</translation>
    </message>
    <message>
        <source>{value} is not a date this import can read.</source>
        <translation>{value} ist kein Datum, das dieser Import lesen kann.</translation>
    </message>
    <message>
        <source>{value} is not a time.</source>
        <translation>{value} ist keine Uhrzeit.</translation>
    </message>
</context>
<context>
    <name>RowProblem</name>
    <message>
        <source>{file} row {row}</source>
        <translation>{file} Zeile {row}</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
</context>
<context>
    <name>TreatmentField</name>
    <message>
        <source>Client id (link to the clients file)</source>
        <translation>Kunden-ID (Verknüpfung zur Kundendatei)</translation>
    </message>
    <message>
        <source>Date (required)</source>
        <translation>Datum (erforderlich)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Notes (kept as session notes)</source>
        <translation>Notizen (als Sitzungsnotizen übernommen)</translation>
    </message>
    <message>
        <source>Service / treatment name (kept in the notes)</source>
        <translation>Leistung / Behandlungsname (in den Notizen übernommen)</translation>
    </message>
    <message>
        <source>Area(s)</source>
        <translation>Bereich(e)</translation>
    </message>
    <message>
        <source>Needle depth (mm)</source>
        <translation>Nadeltiefe (mm)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Appointment status (cancelled / no-show rows are left out)</source>
        <translation>Terminstatus (abgesagte / nicht wahrgenommene Termine werden ausgelassen)</translation>
    </message>
    <message>
        <source>Appointment id</source>
        <translation>Termin-ID</translation>
    </message>
    <message>
        <source>Product(s)</source>
        <translation>Produkt(e)</translation>
    </message>
    <message>
        <source>Lot number(s)</source>
        <translation>Chargennummer(n)</translation>
    </message>
    <message>
        <source>Client&apos;s name (the link)</source>
        <translation>Name des Kunden (die Verknüpfung)</translation>
    </message>
    <message>
        <source>Client&apos;s first name</source>
        <translation>Vorname des Kunden</translation>
    </message>
    <message>
        <source>Client&apos;s last name</source>
        <translation>Nachname des Kunden</translation>
    </message>
    <message>
        <source>Client&apos;s date of birth</source>
        <translation>Geburtsdatum des Kunden</translation>
    </message>
</context>
<context>
    <name>UnlistedProblems</name>
    <message>
        <source>… and 1 more row with the same problem as {example}</source>
        <translation>… und 1 weitere Zeile mit demselben Problem wie {example}</translation>
    </message>
    <message>
        <source>… and {count} more rows with the same problem as {example}</source>
        <translation>… und {count} weitere Zeilen mit demselben Problem wie {example}</translation>
    </message>
</context>
</TS>
