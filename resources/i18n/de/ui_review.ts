<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Berichtigt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Unarchived</source>
        <translation>Aus dem Archiv geholt</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Unwiderruflich gelöscht</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Repariert</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Falsche Passphrase</translation>
    </message>
    <message>
        <source>New signing key</source>
        <translation>Neuer Signaturschlüssel</translation>
    </message>
    <message>
        <source>Sealed at the upgrade</source>
        <translation>Bei der Aktualisierung versiegelt</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Client name or id</source>
        <translation>Kundenname oder ID</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>The entries shown, as a CSV file</source>
        <translation>Die angezeigten Einträge als CSV-Datei</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Every change to the logbook is listed here, and no entry can be changed or removed. Entries name clients by id only.</source>
        <translation>Jede Änderung am Logbuch ist hier aufgeführt, und kein Eintrag kann geändert oder entfernt werden. Die Einträge nennen Kunden nur mit ihrer ID.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source> — showing the newest {count}; narrow the filters</source>
        <translation> – die neuesten {count} werden angezeigt; grenzen Sie die Filter ein</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Nicht exportiert: {reason}</translation>
    </message>
    <message>
        <source> · exported to {path}</source>
        <translation> · exportiert nach {path}</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>FollowUpsTableModel</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlungsreihe</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Nächster Termin</translation>
    </message>
</context>
<context>
    <name>FollowUpsWindow</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Folgetermine</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Due within how many days</source>
        <translation>Fällig innerhalb wie vieler Tage</translation>
    </message>
    <message>
        <source>&amp;Due within</source>
        <translation>&amp;Fällig innerhalb</translation>
    </message>
    <message>
        <source>either side of today (a course behind plan however late)</source>
        <translation>vor und nach heute (eine Behandlungsreihe im Rückstand, wie spät auch immer)</translation>
    </message>
    <message>
        <source>Save to calendar (.ics)…</source>
        <translation>Im Kalender speichern (.ics)…</translation>
    </message>
    <message>
        <source>One calendar event per follow-up, naming the client by initials and id only</source>
        <translation>Ein Kalendertermin je Folgetermin; der Kunde wird nur mit Initialen und ID genannt</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <source>Nobody is due</source>
        <translation>Niemand ist fällig</translation>
    </message>
    <message>
        <source>1 follow-up due</source>
        <translation>1 Folgetermin fällig</translation>
    </message>
    <message>
        <source>{count} follow-ups due</source>
        <translation>{count} Folgetermine fällig</translation>
    </message>
    <message>
        <source>, {count} overdue</source>
        <translation>, {count} überfällig</translation>
    </message>
    <message>
        <source>Save follow-ups to a calendar file</source>
        <translation>Folgetermine in einer Kalenderdatei speichern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file was not saved</source>
        <translation>Die Kalenderdatei wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved 1 follow-up to {path} (clients named by initials and id only).</source>
        <translation>1 Folgetermin in {path} gespeichert (Kunden nur mit Initialen und ID genannt).</translation>
    </message>
    <message>
        <source>Saved {count} follow-ups to {path} (clients named by initials and id only).</source>
        <translation>{count} Folgetermine in {path} gespeichert (Kunden nur mit Initialen und ID genannt).</translation>
    </message>
</context>
<context>
    <name>RecallContactsModel</name>
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
</context>
<context>
    <name>RecallPanel</name>
    <message>
        <source>Clients to contact about the lot</source>
        <translation>Wegen der Charge zu kontaktierende Kunden</translation>
    </message>
    <message>
        <source>Export contacts (CSV)…</source>
        <translation>Kontakte exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Client id, name, phone, email, session date, product and lot, for a mail merge or a phone list</source>
        <translation>Kunden-ID, Name, Telefon, E-Mail, Sitzungsdatum, Produkt und Charge, für einen Serienbrief oder eine Telefonliste</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>The contact list on paper, previewed first</source>
        <translation>Die Kontaktliste auf Papier, zuerst als Vorschau</translation>
    </message>
    <message>
        <source>Recall: lot {lot} — 1 client to contact</source>
        <translation>Rückruf: Charge {lot} – 1 Kunde zu kontaktieren</translation>
    </message>
    <message>
        <source>Recall: lot {lot} — {count} clients to contact</source>
        <translation>Rückruf: Charge {lot} – {count} Kunden zu kontaktieren</translation>
    </message>
    <message>
        <source>Export recall contacts</source>
        <translation>Rückruf-Kontakte exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Contacts not exported</source>
        <translation>Kontakte nicht exportiert</translation>
    </message>
    <message>
        <source>Contacts exported to {path}</source>
        <translation>Kontakte exportiert nach {path}</translation>
    </message>
    <message>
        <source>Recall contacts, lot {lot}</source>
        <translation>Rückruf-Kontakte, Charge {lot}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>Contact list sent to the printer.</source>
        <translation>Kontaktliste an den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>SessionsReview</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Sessions across clients</source>
        <translation>Sitzungen aller Kunden</translation>
    </message>
    <message>
        <source>{severity} or worse</source>
        <translation>{severity} oder schwerer</translation>
    </message>
    <message>
        <source>Exact lot, e.g. HA24-0317</source>
        <translation>Genaue Charge, z. B. HA24-0317</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Areal</translation>
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
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
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
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>{sessions} of {clients} match</source>
        <translation>Treffer: {sessions} von {clients}</translation>
    </message>
    <message>
        <source> — showing the newest {count}; narrow the filters to see others</source>
        <translation> – die neuesten {count} werden angezeigt; grenzen Sie die Filter ein, um weitere zu sehen</translation>
    </message>
    <message>
        <source>. Lot {lot} went to {clients}.</source>
        <translation>. Charge {lot} ging an {clients}.</translation>
    </message>
</context>
<context>
    <name>SessionsReviewModel</name>
    <message>
        <source>None recorded</source>
        <translation>Keine erfasst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Areas and depths</source>
        <translation>Areale und Tiefen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
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
</context>
<context>
    <name>TrendSummary</name>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>{area}: {sessions}, {depth} on {day}</source>
        <translation>{area}: {sessions}, {depth} am {day}</translation>
    </message>
    <message>
        <source>, latest {depth} on {day}</source>
        <translation>, zuletzt {depth} am {day}</translation>
    </message>
    <message>
        <source> (range {low} to {high})</source>
        <translation> (Bereich {low} bis {high})</translation>
    </message>
    <message>
        <source>; 1 break of over {months} months</source>
        <translation>; 1 Pause von über {months} Monaten</translation>
    </message>
    <message>
        <source>; {count} breaks of over {months} months</source>
        <translation>; {count} Pausen von über {months} Monaten</translation>
    </message>
    <message>
        <source>Worst reaction per session: {spread}. Latest, {day}: {severity}.</source>
        <translation>Stärkste Reaktion je Sitzung: {spread}. Zuletzt, {day}: {severity}.</translation>
    </message>
    <message>
        <source> 1 draft not signed yet.</source>
        <translation> 1 Entwurf noch nicht signiert.</translation>
    </message>
    <message>
        <source> {count} drafts not signed yet.</source>
        <translation> {count} Entwürfe noch nicht signiert.</translation>
    </message>
</context>
<context>
    <name>TrendsAxis</name>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Draft (not signed)</source>
        <translation>Entwurf (nicht signiert)</translation>
    </message>
    <message>
        <source>Needle depth per area, in words</source>
        <translation>Nadeltiefe je Areal, in Worten</translation>
    </message>
    <message>
        <source>Worst reaction per session, in words</source>
        <translation>Stärkste Reaktion je Sitzung, in Worten</translation>
    </message>
    <message>
        <source>Chart: needle depth per area over the sessions</source>
        <translation>Diagramm: Nadeltiefe je Areal über die Sitzungen</translation>
    </message>
    <message>
        <source>Chart: worst reaction per session</source>
        <translation>Diagramm: stärkste Reaktion je Sitzung</translation>
    </message>
    <message>
        <source>Needle depth per area (mm)</source>
        <translation>Nadeltiefe je Areal (mm)</translation>
    </message>
    <message>
        <source>Worst reaction per session</source>
        <translation>Stärkste Reaktion je Sitzung</translation>
    </message>
    <message>
        <source>Trends appear once the client has sessions.</source>
        <translation>Verläufe erscheinen, sobald der Kunde Sitzungen hat.</translation>
    </message>
    <message>
        <source>One session so far: trends show from the second session on.</source>
        <translation>Bisher eine Sitzung: Verläufe werden ab der zweiten Sitzung angezeigt.</translation>
    </message>
    <message>
        <source>Worst severity</source>
        <translation>Höchster Schweregrad</translation>
    </message>
</context>
<context>
    <name>ZoneTrendsView</name>
    <message>
        <source>Deepest depth per zone</source>
        <translation>Größte Tiefe je Zone</translation>
    </message>
    <message>
        <source>Latest depth per zone</source>
        <translation>Letzte Tiefe je Zone</translation>
    </message>
    <message>
        <source>Deepest</source>
        <translation>Am tiefsten</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Depth per zone</source>
        <translation>Tiefe je Zone</translation>
    </message>
    <message>
        <source>{area}: not treated (usually {usual})</source>
        <translation>{area}: nicht behandelt (üblich {usual})</translation>
    </message>
    <message>
        <source>{area}: deepest {depth} on {day} (usually {usual})</source>
        <translation>{area}: am tiefsten {depth} am {day} (üblich {usual})</translation>
    </message>
    <message>
        <source>{area}: latest {depth} on {day} (usually {usual})</source>
        <translation>{area}: zuletzt {depth} am {day} (üblich {usual})</translation>
    </message>
</context>
</TS>
