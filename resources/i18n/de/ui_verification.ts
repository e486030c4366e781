<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>none (the log is empty)</source>
        <translation>keiner (das Protokoll ist leer)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>{sessions} verified</source>
        <translation>{sessions} geprüft</translation>
    </message>
    <message>
        <source>signed session</source>
        <translation>signierte Sitzung</translation>
    </message>
    <message>
        <source>signed sessions</source>
        <translation>signierte Sitzungen</translation>
    </message>
    <message>
        <source>, {count} sealed at the upgrade (signed before)</source>
        <translation>, {count} beim Upgrade versiegelt (zuvor signiert)</translation>
    </message>
    <message>
        <source>, {count} sealed at their import from another logbook ({holding} with their signatures there holding, {known} of those with keys this logbook knows)</source>
        <translation>, {count} beim Import aus einem anderen Logbuch versiegelt ({holding} mit dort gültigen Signaturen, {known} davon mit Schlüsseln, die dieses Logbuch kennt)</translation>
    </message>
    <message>
        <source>{sessions}; {signatures}, {entries}, {photos} and {heads} of the audit log checked.</source>
        <translation>{sessions}; {signatures}, {entries}, {photos} und {heads} des Audit-Protokolls geprüft.</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>audit log entry</source>
        <translation>Eintrag im Audit-Protokoll</translation>
    </message>
    <message>
        <source>audit log entries</source>
        <translation>Einträge im Audit-Protokoll</translation>
    </message>
    <message>
        <source>photo file</source>
        <translation>Fotodatei</translation>
    </message>
    <message>
        <source>photo files</source>
        <translation>Fotodateien</translation>
    </message>
    <message>
        <source>recorded head</source>
        <translation>festgehaltener Kopf</translation>
    </message>
    <message>
        <source>recorded heads</source>
        <translation>festgehaltene Köpfe</translation>
    </message>
    <message>
        <source>Audit log head: {head}</source>
        <translation>Kopf des Audit-Protokolls: {head}</translation>
    </message>
    <message>
        <source>All signatures and the audit log hold.</source>
        <translation>Alle Signaturen und das Audit-Protokoll sind intakt.</translation>
    </message>
    <message>
        <source>1 problem found: what does not hold is listed below.</source>
        <translation>1 Problem gefunden: Was nicht stimmt, ist unten aufgeführt.</translation>
    </message>
    <message>
        <source>{count} problems found: what does not hold is listed below.</source>
        <translation>{count} Probleme gefunden: Was nicht stimmt, ist unten aufgeführt.</translation>
    </message>
    <message>
        <source>Verify records</source>
        <translation>Einträge prüfen</translation>
    </message>
    <message>
        <source>Checks every signature, every signed record against what was signed, the photo files of signed records, and the audit log&apos;s chain of entries against the heads written down elsewhere (signatures, backups, this computer). Nothing in the logbook is changed.</source>
        <translation>Prüft jede Signatur, jeden signierten Eintrag gegen das Signierte, die Fotodateien signierter Einträge und die Kette des Audit-Protokolls gegen die anderswo festgehaltenen Köpfe (Signaturen, Sicherungen, dieser Computer). Im Logbuch wird nichts geändert.</translation>
    </message>
    <message>
        <source>Audit log &amp;head</source>
        <translation>&amp;Kopf des Audit-Protokolls</translation>
    </message>
    <message>
        <source>The newest audit entry and its chain hash (ID:SHA256)</source>
        <translation>Der neueste Eintrag im Audit-Protokoll und sein Ketten-Hash (ID:SHA256)</translation>
    </message>
    <message>
        <source>Written down elsewhere (on paper, in an e-mail), the head shows later that no entry up to it was removed or changed.</source>
        <translation>Anderswo festgehalten (auf Papier, in einer E-Mail), belegt der Kopf später, dass kein Eintrag bis zu ihm entfernt oder geändert wurde.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>The summary, the head and every finding, as text</source>
        <translation>Die Zusammenfassung, der Kopf und jeder Befund, als Text</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Checking sessions: {done} of {total}…</source>
        <translation>Sitzungen werden geprüft: {done} von {total}…</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Das Audit-Protokoll wird geprüft…</translation>
    </message>
    <message>
        <source>The check could not finish: {message}</source>
        <translation>Die Prüfung konnte nicht abgeschlossen werden: {message}</translation>
    </message>
    <message>
        <source>Cancelled before the end: nothing was concluded.</source>
        <translation>Vor dem Ende abgebrochen: Es wurde nichts festgestellt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
</TS>
