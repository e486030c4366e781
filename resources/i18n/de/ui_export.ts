<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>To send or print: the client&apos;s details, every session, the photos.</source>
        <translation>Zum Versenden oder Drucken: die Angaben des Kunden, jede Sitzung, die Fotos.</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>One row per treated area, for Excel, LibreOffice or statistics.</source>
        <translation>Eine Zeile je behandeltem Areal, für Excel, LibreOffice oder Statistik.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The complete record in an open, documented format, for other software.</source>
        <translation>Der vollständige Datensatz in einem offenen, dokumentierten Format, für andere Software.</translation>
    </message>
    <message>
        <source>Bundle (zip)</source>
        <translation>Paket (zip)</translation>
    </message>
    <message>
        <source>The JSON, the PDF and the original photos, with checksums.</source>
        <translation>JSON, PDF und die Originalfotos, mit Prüfsummen.</translation>
    </message>
    <message>
        <source>An export is a plain copy outside the logbook: anyone who gets the file can read it, photos included. It is your deliberate copy: keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation>Ein Export ist eine unverschlüsselte Kopie außerhalb des Logbuchs: Wer die Datei erhält, kann sie lesen, Fotos eingeschlossen. Es ist Ihre bewusst erstellte Kopie: Bewahren Sie sie sicher auf und löschen Sie sie, sobald sie nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>This logbook is encrypted, but its exports are not. The PDF, CSV, JSON or bundle you save here is a plain copy outside the logbook&apos;s encryption: anyone who gets the file can read it, photos included. It is your deliberate copy: keep it somewhere safe, never where the logbook&apos;s protection is relied on, and delete it when it is no longer needed.</source>
        <translation>Dieses Logbuch ist verschlüsselt, seine Exporte jedoch nicht. Das PDF, die CSV- oder JSON-Datei oder das Paket, das Sie hier speichern, ist eine unverschlüsselte Kopie außerhalb der Verschlüsselung des Logbuchs: Wer die Datei erhält, kann sie lesen, Fotos eingeschlossen. Es ist Ihre bewusst erstellte Kopie: Bewahren Sie sie sicher auf, nie dort, wo man sich auf den Schutz des Logbuchs verlässt, und löschen Sie sie, sobald sie nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Export the history of {name}</source>
        <translation>Verlauf von {name} exportieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Format&lt;/b&gt;</source>
        <translation>&lt;b&gt;Format&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{format} — {explanation}</source>
        <translation>{format} — {explanation}</translation>
    </message>
    <message>
        <source>Keep cells that start with = + - @ as typed (only for software that needs them)</source>
        <translation>Zellen, die mit = + - @ beginnen, unverändert lassen (nur für Software, die das braucht)</translation>
    </message>
    <message>
        <source>Otherwise such cells get a &apos; in front, so that spreadsheet programs show them as text instead of running them as formulas.</source>
        <translation>Sonst erhalten solche Zellen ein &apos; vorangestellt, damit Tabellenprogramme sie als Text zeigen, statt sie als Formeln auszuführen.</translation>
    </message>
    <message>
        <source>CSV and JSON use machine-readable dates and numbers (2026-03-21, 0.5) whatever the language.</source>
        <translation>CSV und JSON verwenden in jeder Sprache maschinenlesbare Datums- und Zahlenangaben (2026-03-21, 0.5).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Save to&lt;/b&gt;</source>
        <translation>&lt;b&gt;Speichern unter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Export nach {file}…</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wo der Export gespeichert wird.</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} ist ein Ordner: Geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
</TS>
