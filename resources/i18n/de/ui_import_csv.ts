<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CommitPage</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Importing 1 record…</source>
        <translation>1 Eintrag wird importiert…</translation>
    </message>
    <message>
        <source>Importing {count} records…</source>
        <translation>{count} Einträge werden importiert…</translation>
    </message>
    <message>
        <source>Importing: {done} of {total}…</source>
        <translation>Import: {done} von {total}…</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Import abbrechen?</translation>
    </message>
    <message>
        <source>The import is still running. Stop it? Nothing will be imported.</source>
        <translation>Der Import läuft noch. Abbrechen? Dann wird nichts importiert.</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>CsvImportWizard</name>
    <message>
        <source>Import from another system</source>
        <translation>Aus einem anderen System importieren</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>Dateien auswählen</translation>
    </message>
    <message>
        <source>CSV files exported by your previous software: the clients, and optionally their treatments (one row per session, with the client&apos;s id and the date).</source>
        <translation>CSV-Dateien, die Ihre bisherige Software exportiert hat: die Kunden und optional deren Behandlungen (eine Zeile je Sitzung, mit der Kunden-ID und dem Datum).</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Clients file:</source>
        <translation>Kundendatei:</translation>
    </message>
    <message>
        <source>Choose the clients file</source>
        <translation>Kundendatei auswählen</translation>
    </message>
    <message>
        <source>Treatments file:</source>
        <translation>Behandlungsdatei:</translation>
    </message>
    <message>
        <source>Choose the treatments file</source>
        <translation>Behandlungsdatei auswählen</translation>
    </message>
    <message>
        <source>Source name:</source>
        <translation>Name der Quelle:</translation>
    </message>
    <message>
        <source>The rows imported and the values you map are remembered under this name (blank: the clients file&apos;s name): importing from the same source again adds only what is missing, and reads its values the same way.</source>
        <translation>Die importierten Zeilen und die von Ihnen zugeordneten Werte werden unter diesem Namen gespeichert (leer: der Name der Kundendatei): Ein erneuter Import aus derselben Quelle fügt nur hinzu, was fehlt, und liest ihre Werte auf dieselbe Weise.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Each field of the logbook and the column of your file it comes from, matched by the column names. Change any that are wrong.</source>
        <translation>Jedes Feld des Logbuchs und die Spalte Ihrer Datei, aus der es stammt, zugeordnet anhand der Spaltennamen. Ändern Sie falsche Zuordnungen.</translation>
    </message>
    <message>
        <source>Clients file</source>
        <translation>Kundendatei</translation>
    </message>
    <message>
        <source>Treatments file</source>
        <translation>Behandlungsdatei</translation>
    </message>
    <message>
        <source>Detect from the data</source>
        <translation>Aus den Daten erkennen</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Tag zuerst (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Monat zuerst (12/31/2024)</translation>
    </message>
    <message>
        <source>When a treatment row does not record it</source>
        <translation>Wenn eine Behandlungszeile es nicht angibt</translation>
    </message>
    <message>
        <source>Other programs rarely record areas, depths or devices. Nothing is invented: rows without them are problems, unless you choose a default here; each session that gets one says so in its notes.</source>
        <translation>Andere Programme erfassen selten Areale, Nadeltiefen oder Geräte. Nichts wird erfunden: Zeilen ohne diese Angaben gelten als Probleme, es sei denn, Sie wählen hier einen Standardwert; jede Sitzung, die einen erhält, vermerkt dies in ihren Notizen.</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Areal:</translation>
    </message>
    <message>
        <source>De&amp;pth:</source>
        <translation>&amp;Nadeltiefe:</translation>
    </message>
    <message>
        <source>De&amp;vice:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>&amp;Behandler:</translation>
    </message>
    <message>
        <source>Columns no field takes</source>
        <translation>Spalten ohne Feld</translation>
    </message>
    <message>
        <source>Kept in the notes as “Column: value” lines; uncheck to leave out.</source>
        <translation>Werden in den Notizen als Zeilen „Spalte: Wert“ übernommen; Häkchen entfernen, um sie auszulassen.</translation>
    </message>
    <message>
        <source>A clients file&apos;s columns go to the client&apos;s general notes, a treatments file&apos;s to the treatment&apos;s notes.</source>
        <translation>Spalten einer Kundendatei kommen in die allgemeinen Notizen des Kunden, Spalten einer Behandlungsdatei in die Notizen der Behandlung.</translation>
    </message>
    <message>
        <source>Dates like &amp;03/04/2024:</source>
        <translation>&amp;Datumsangaben wie 03/04/2024:</translation>
    </message>
    <message>
        <source>Fields and their columns</source>
        <translation>Felder und ihre Spalten</translation>
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
        <source>{file}: {rows}</source>
        <translation>{file}: {rows}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>e.g. {values}</source>
        <translation>z. B. {values}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Nothing has been written yet. The import adds all of this, or nothing.</source>
        <translation>Es wurde noch nichts geschrieben. Der Import fügt alles hinzu oder nichts.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Problems found in the files</source>
        <translation>In den Dateien gefundene Probleme</translation>
    </message>
    <message>
        <source>Skip the rows with problems and import the others</source>
        <translation>Zeilen mit Problemen überspringen und die übrigen importieren</translation>
    </message>
    <message>
        <source>Also add clients already in the logbook (same name and date of birth)</source>
        <translation>Auch Kunden hinzufügen, die bereits im Logbuch sind (gleicher Name und gleiches Geburtsdatum)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Alle Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>The problems of the whole import (row “—”) must be fixed first: go back to choose the columns or the date order.</source>
        <translation>Die Probleme des gesamten Imports (Zeile „—“) müssen zuerst behoben werden: Gehen Sie zurück, um die Spalten oder die Datumsreihenfolge zu wählen.</translation>
    </message>
    <message>
        <source>Some rows have problems: skip them, or go back to change the columns or the defaults, or fix the files and start again.</source>
        <translation>Einige Zeilen haben Probleme: Überspringen Sie sie, gehen Sie zurück, um die Spalten oder Standardwerte zu ändern, oder korrigieren Sie die Dateien und beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>Ready: click Import to add everything listed above in one go.</source>
        <translation>Bereit: Klicken Sie auf „Importieren“, um alles oben Aufgeführte in einem Schritt hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Blocks the import</source>
        <translation>Verhindert den Import</translation>
    </message>
    <message>
        <source>Row skipped</source>
        <translation>Zeile übersprungen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Folge</translation>
    </message>
    <message>
        <source>(both files)</source>
        <translation>(beide Dateien)</translation>
    </message>
</context>
<context>
    <name>ValueDelegate</name>
    <message>
        <source>Read &apos;{value}&apos; as</source>
        <translation>„{value}“ lesen als</translation>
    </message>
</context>
<context>
    <name>ValueModel</name>
    <message>
        <source>(choose the logbook&apos;s value)</source>
        <translation>(Wert des Logbuchs wählen)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Wert in der Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lesen als</translation>
    </message>
    <message>
        <source>{file} row {row}</source>
        <translation>{file} Zeile {row}</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>First: {where}</source>
        <translation>Zuerst: {where}</translation>
    </message>
    <message>
        <source>Remembered for this source</source>
        <translation>Für diese Quelle gespeichert</translation>
    </message>
</context>
<context>
    <name>ValuesBox</name>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Values of the files and how each is read</source>
        <translation>Werte der Dateien und wie jeder gelesen wird</translation>
    </message>
    <message>
        <source>Values of your files the logbook does not know: choose how it reads each (“trocken” as Dry, say). The choices are remembered for this source.</source>
        <translation>Werte Ihrer Dateien, die das Logbuch nicht kennt: Wählen Sie, wie es jeden liest (etwa „dry“ als Trocken). Die Auswahl wird für diese Quelle gespeichert.</translation>
    </message>
</context>
</TS>
