<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ClientListModel</name>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>No session yet</source>
        <translation>Noch keine Sitzung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>{name} — archived: not listed unless shown</source>
        <translation>{name} — archiviert: nur aufgeführt, wenn Archivierte angezeigt werden</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
</context>
<context>
    <name>CommonDateRange</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>CommonDisplay</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Keine erfasst</translation>
    </message>
    <message>
        <source>{reaction} ({severity})</source>
        <translation>{reaction} ({severity})</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, for example 1988-04-23.</source>
        <translation>Geben Sie das Datum als JJJJ-MM-TT oder TT.MM.JJJJ ein, zum Beispiel 1988-04-23 oder 23.04.1988.</translation>
    </message>
</context>
<context>
    <name>CommonJobs</name>
    <message>
        <source>{file} could not be used: {reason}.</source>
        <translation>{file} konnte nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>It stopped with an unexpected error: {error}</source>
        <translation>Der Vorgang wurde durch einen unerwarteten Fehler abgebrochen: {error}</translation>
    </message>
</context>
<context>
    <name>CommonPrinting</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>Druckvorschau — {title}</translation>
    </message>
</context>
<context>
    <name>DepthLegend</name>
    <message>
        <source>Depth colours: {bands}</source>
        <translation>Farben der Nadeltiefe: {bands}</translation>
    </message>
    <message>
        <source>up to 0.5 mm</source>
        <translation>bis 0,5 mm</translation>
    </message>
    <message>
        <source>0.5–1.0 mm</source>
        <translation>0,5–1,0 mm</translation>
    </message>
    <message>
        <source>1.0–1.5 mm</source>
        <translation>1,0–1,5 mm</translation>
    </message>
    <message>
        <source>over 1.5 mm</source>
        <translation>über 1,5 mm</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>Something went wrong. Nothing you had saved is lost. The details could not be written to a log file.</source>
        <translation>Etwas ist schiefgelaufen. Nichts, was Sie gespeichert hatten, ist verloren. Die Einzelheiten konnten nicht in eine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you had saved is lost. The details were written to {log_file}.</source>
        <translation>Etwas ist schiefgelaufen. Nichts, was Sie gespeichert hatten, ist verloren. Die Einzelheiten wurden in {log_file} geschrieben.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
</context>
<context>
    <name>FormSupport</name>
    <message>
        <source>Nothing was saved: please correct what is marked.</source>
        <translation>Nichts wurde gespeichert: Bitte korrigieren Sie die markierten Angaben.</translation>
    </message>
</context>
<context>
    <name>GuardedForm</name>
    <message>
        <source>form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>consent text</source>
        <translation>Einwilligungstext</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>other treatment</source>
        <translation>Andere Behandlung</translation>
    </message>
    <message>
        <source>client form</source>
        <translation>Kundenformular</translation>
    </message>
    <message>
        <source>course plan</source>
        <translation>Behandlungsplan</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Signed, amended {count}×</source>
        <translation>Signiert, {count}× nachgetragen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Draft: not signed yet, still editable</source>
        <translation>Entwurf: noch nicht signiert, noch bearbeitbar</translation>
    </message>
    <message>
        <source>Signed {when}; read-only, 1 amendment</source>
        <translation>Signiert am {when}; schreibgeschützt, 1 Nachtrag</translation>
    </message>
    <message>
        <source>Signed {when}; read-only, {count} amendments</source>
        <translation>Signiert am {when}; schreibgeschützt, {count} Nachträge</translation>
    </message>
    <message>
        <source>Signed {when}; read-only</source>
        <translation>Signiert am {when}; schreibgeschützt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>{when} — draft, not signed yet</source>
        <translation>{when} — Entwurf, noch nicht signiert</translation>
    </message>
    <message>
        <source>Areas and depths</source>
        <translation>Areale und Nadeltiefen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Numbing</source>
        <translation>Betäubung</translation>
    </message>
    <message>
        <source>Worst reaction</source>
        <translation>Stärkste Reaktion</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Too many wrong passphrases. Try again in 1 second.</source>
        <translation>Zu viele falsche Passphrasen. Versuchen Sie es in 1 Sekunde erneut.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Try again in {count} seconds.</source>
        <translation>Zu viele falsche Passphrasen. Versuchen Sie es in {count} Sekunden erneut.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ihre Passphrase</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>Try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The {what} has changes that are not saved. Close it and lose them?</source>
        <translation>„{what}“ enthält Änderungen, die nicht gespeichert sind. Schließen und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>ZoneCanvas</name>
    <message>
        <source>Area chart</source>
        <translation>Arealkarte</translation>
    </message>
    <message>
        <source>Arrow keys move between the zones; Space or Enter adds or removes the area; Page Down shows the body, Page Up the face. The face is seen from the front: the client&apos;s left is on the right.</source>
        <translation>Die Pfeiltasten wechseln zwischen den Zonen; Leertaste oder Eingabetaste fügt das Areal hinzu oder entfernt es; Bild ab zeigt den Körper, Bild auf das Gesicht. Das Gesicht ist von vorn dargestellt: Die linke Seite des Kunden ist rechts.</translation>
    </message>
    <message>
        <source>treated</source>
        <translation>behandelt</translation>
    </message>
    <message>
        <source>not treated</source>
        <translation>nicht behandelt</translation>
    </message>
</context>
<context>
    <name>ZoneShapes</name>
    <message>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <source>{area}: usually {range}</source>
        <translation>{area}: üblicherweise {range}</translation>
    </message>
    <message>
        <source>{area}: usually {range}; treated at {depth}</source>
        <translation>{area}: üblicherweise {range}; behandelt mit {depth}</translation>
    </message>
    <message>
        <source>Client&apos;s R</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Client&apos;s right</source>
        <translation>Rechts (Kunde)</translation>
    </message>
    <message>
        <source>Client&apos;s L</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Client&apos;s left</source>
        <translation>Links (Kunde)</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorn</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>Scar site</source>
        <translation>Narbe</translation>
    </message>
</context>
</TS>
