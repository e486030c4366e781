<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ClientDialog</name>
    <message>
        <source>very fair, always burns</source>
        <translation>sehr hell, bekommt immer Sonnenbrand</translation>
    </message>
    <message>
        <source>fair, usually burns</source>
        <translation>hell, bekommt meist Sonnenbrand</translation>
    </message>
    <message>
        <source>medium, sometimes burns</source>
        <translation>mittel, bekommt manchmal Sonnenbrand</translation>
    </message>
    <message>
        <source>olive, rarely burns</source>
        <translation>oliv, bekommt selten Sonnenbrand</translation>
    </message>
    <message>
        <source>brown, very rarely burns</source>
        <translation>braun, bekommt sehr selten Sonnenbrand</translation>
    </message>
    <message>
        <source>dark brown to black, never burns</source>
        <translation>dunkelbraun bis schwarz, bekommt nie Sonnenbrand</translation>
    </message>
    <message>
        <source>client form</source>
        <translation>Kundenformular</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>+44 20 7946 0000</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Street, town, postcode</source>
        <translation>Straße, PLZ, Ort</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Fit&amp;zpatrick type</source>
        <translation>&amp;Fitzpatrick-Typ</translation>
    </message>
    <message>
        <source>S&amp;kin type</source>
        <translation>&amp;Hauttyp</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>e.g. lidocaine, nickel, latex</source>
        <translation>z. B. Lidocain, Nickel, Latex</translation>
    </message>
    <message>
        <source>Conditions, medication, anything relevant</source>
        <translation>Erkrankungen, Medikamente, alles Relevante</translation>
    </message>
    <message>
        <source>Preferences, how to reach them — not medical</source>
        <translation>Vorlieben, Erreichbarkeit — nichts Medizinisches</translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation>A&amp;llergien</translation>
    </message>
    <message>
        <source>&amp;Medical notes</source>
        <translation>&amp;Medizinische Hinweise</translation>
    </message>
    <message>
        <source>&amp;General notes</source>
        <translation>Allgemeine Not&amp;izen</translation>
    </message>
    <message>
        <source>Save client</source>
        <translation>Kunden speichern</translation>
    </message>
</context>
<context>
    <name>ClientHistoryModel</name>
    <message>
        <source>{product} (lot {lot})</source>
        <translation>{product} (Charge {lot})</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Other treatment, imported from {source}</source>
        <translation>Andere Behandlung, importiert aus {source}</translation>
    </message>
    <message>
        <source>Other treatment</source>
        <translation>Andere Behandlung</translation>
    </message>
    <message>
        <source>Other treatment recorded here; not a microneedling session</source>
        <translation>Hier erfasste andere Behandlung; keine Mikroneedling-Sitzung</translation>
    </message>
    <message>
        <source>{date} — other treatment</source>
        <translation>{date} — andere Behandlung</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>{age} years (born {date})</source>
        <translation>{age} Jahre (geboren am {date})</translation>
    </message>
    <message>
        <source>Fitzpatrick {type}</source>
        <translation>Fitzpatrick {type}</translation>
    </message>
    <message>
        <source>{skin_type} skin</source>
        <translation>Hauttyp: {skin_type}</translation>
    </message>
    <message>
        <source>Concerns:</source>
        <translation>Anliegen:</translation>
    </message>
    <message>
        <source>Allergies:</source>
        <translation>Allergien:</translation>
    </message>
    <message>
        <source>Medical notes:</source>
        <translation>Medizinische Hinweise:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Record a session for this client (Ctrl+T)</source>
        <translation>Eine Sitzung für diesen Kunden erfassen (Ctrl+T)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>This client&apos;s history as PDF, CSV, JSON or a full bundle</source>
        <translation>Die Behandlungshistorie dieses Kunden als PDF, CSV, JSON oder vollständiges Paket</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <source>Edit this client&apos;s details (Ctrl+E)</source>
        <translation>Die Angaben dieses Kunden bearbeiten (Ctrl+E)</translation>
    </message>
    <message>
        <source>Other treatment…</source>
        <translation>Andere Behandlung…</translation>
    </message>
    <message>
        <source>Record a peel, laser, IPL, facial, filler or neurotoxin treatment</source>
        <translation>Ein Peeling, eine Laser-, IPL-, Gesichts-, Filler- oder Neurotoxin-Behandlung erfassen</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Sitzungsverlauf</translation>
    </message>
    <message>
        <source>Archived: not in the client list (Client → Unarchive client lists them again). Nothing of their record was deleted.</source>
        <translation>Archiviert: nicht in der Kundenliste (Kunde → Archivierung aufheben nimmt den Kunden wieder auf). Von seinen Daten wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The client&apos;s history, photos and trends</source>
        <translation>Verlauf, Fotos und Trends des Kunden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>History ({count})</source>
        <translation>Verlauf ({count})</translation>
    </message>
    <message>
        <source>No session yet. Record the first one with “New session”.</source>
        <translation>Noch keine Sitzung. Erfassen Sie die erste mit „Neue Sitzung“.</translation>
    </message>
    <message>
        <source>Delete other treatment?</source>
        <translation>Andere Behandlung löschen?</translation>
    </message>
    <message>
        <source>Delete {treatment} of {date} from {name}&apos;s history? Its wash-out no longer counts. The audit log keeps that it was deleted.</source>
        <translation>{treatment} vom {date} aus dem Verlauf von {name} löschen? Ihre Karenzzeit zählt dann nicht mehr. Das Prüfprotokoll hält fest, dass sie gelöscht wurde.</translation>
    </message>
    <message>
        <source>Delete treatment</source>
        <translation>Behandlung löschen</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>course plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>Course plan – {name}</source>
        <translation>Behandlungsplan – {name}</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> Sitzungen</translation>
    </message>
    <message>
        <source>Sessions planned</source>
        <translation>Geplante Sitzungen</translation>
    </message>
    <message>
        <source> weeks apart</source>
        <translation> Wochen Abstand</translation>
    </message>
    <message>
        <source>Weeks between sessions</source>
        <translation>Wochen zwischen den Sitzungen</translation>
    </message>
    <message>
        <source>Course starts on</source>
        <translation>Beginn des Behandlungsplans</translation>
    </message>
    <message>
        <source>Areas of the course</source>
        <translation>Bereiche des Behandlungsplans</translation>
    </message>
    <message>
        <source>Course notes</source>
        <translation>Notizen zum Behandlungsplan</translation>
    </message>
    <message>
        <source>e.g. acne scars on both cheeks; review after session 3</source>
        <translation>z. B. Aknenarben auf beiden Wangen; Kontrolle nach Sitzung 3</translation>
    </message>
    <message>
        <source>&amp;Sessions planned</source>
        <translation>Geplante &amp;Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Interval</source>
        <translation>&amp;Abstand</translation>
    </message>
    <message>
        <source>Starts &amp;on</source>
        <translation>Beginn a&amp;m</translation>
    </message>
    <message>
        <source>&amp;Areas</source>
        <translation>Be&amp;reiche</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Course plan for &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Behandlungsplan für &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New course for &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Neuer Behandlungsplan für &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>End course…</source>
        <translation>Behandlungsplan beenden…</translation>
    </message>
    <message>
        <source>Close the course: the sessions stay; a new course can start</source>
        <translation>Den Behandlungsplan abschließen: Die Sitzungen bleiben erhalten; ein neuer Plan kann beginnen</translation>
    </message>
    <message>
        <source>A course plans the next sessions: the client page shows how far it has come, and a new session starts with the plan&apos;s areas.</source>
        <translation>Ein Behandlungsplan plant die nächsten Sitzungen: Die Kundenseite zeigt den Fortschritt, und eine neue Sitzung beginnt mit den Bereichen des Plans.</translation>
    </message>
    <message>
        <source>Planned by {name}, from {date}.</source>
        <translation>Geplant von {name}, ab {date}.</translation>
    </message>
    <message>
        <source>Now: {progress}.</source>
        <translation>Stand: {progress}.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} Sitzungen</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <source>Course plan saved: {sessions}, {weeks} apart.</source>
        <translation>Behandlungsplan gespeichert: {sessions}, im Abstand von {weeks}.</translation>
    </message>
    <message>
        <source>End the course?</source>
        <translation>Behandlungsplan beenden?</translation>
    </message>
    <message>
        <source>The course is closed today. Its sessions stay in the history; a new course can be planned afterwards.</source>
        <translation>Der Behandlungsplan wird heute abgeschlossen. Seine Sitzungen bleiben im Verlauf; danach kann ein neuer Plan erstellt werden.</translation>
    </message>
    <message>
        <source>End course</source>
        <translation>Behandlungsplan beenden</translation>
    </message>
    <message>
        <source>Course ended.</source>
        <translation>Behandlungsplan beendet.</translation>
    </message>
</context>
<context>
    <name>CourseLine</name>
    <message>
        <source>{progress} · complete</source>
        <translation>{progress} · abgeschlossen</translation>
    </message>
    <message>
        <source>{progress} · next was due {date}: behind plan</source>
        <translation>{progress} · nächste war am {date} fällig: im Rückstand</translation>
    </message>
    <message>
        <source>{progress} · next due {date}</source>
        <translation>{progress} · nächste fällig am {date}</translation>
    </message>
    <message>
        <source>No course planned.</source>
        <translation>Kein Behandlungsplan.</translation>
    </message>
    <message>
        <source>Course: {progress}</source>
        <translation>Behandlungsplan: {progress}</translation>
    </message>
    <message>
        <source>Course plan…</source>
        <translation>Behandlungsplan…</translation>
    </message>
    <message>
        <source>Sessions planned, interval, areas; end the course</source>
        <translation>Geplante Sitzungen, Abstand, Bereiche; den Plan beenden</translation>
    </message>
    <message>
        <source>Plan a course…</source>
        <translation>Behandlungsplan erstellen…</translation>
    </message>
    <message>
        <source>Course plan</source>
        <translation>Behandlungsplan</translation>
    </message>
</context>
<context>
    <name>OtherTreatmentDialog</name>
    <message>
        <source>e.g. TCA 20 %, glycolic 30 %</source>
        <translation>z. B. TCA 20 %, Glykolsäure 30 %</translation>
    </message>
    <message>
        <source>e.g. fractional CO2, Nd:YAG</source>
        <translation>z. B. fraktionierter CO2, Nd:YAG</translation>
    </message>
    <message>
        <source>e.g. pigment, vascular</source>
        <translation>z. B. Pigment, vaskulär</translation>
    </message>
    <message>
        <source>e.g. hydrafacial</source>
        <translation>z. B. Hydrafacial</translation>
    </message>
    <message>
        <source>e.g. hyaluronic acid, lips</source>
        <translation>z. B. Hyaluronsäure, Lippen</translation>
    </message>
    <message>
        <source>e.g. botulinum toxin, forehead</source>
        <translation>z. B. Botulinumtoxin, Stirn</translation>
    </message>
    <message>
        <source>Name the treatment (required)</source>
        <translation>Behandlung benennen (Pflichtfeld)</translation>
    </message>
    <message>
        <source>other treatment</source>
        <translation>andere Behandlung</translation>
    </message>
    <message>
        <source>Change other treatment – {name}</source>
        <translation>Andere Behandlung ändern – {name}</translation>
    </message>
    <message>
        <source>Record other treatment – {name}</source>
        <translation>Andere Behandlung erfassen – {name}</translation>
    </message>
    <message>
        <source>Date of the treatment</source>
        <translation>Datum der Behandlung</translation>
    </message>
    <message>
        <source>Kind of treatment</source>
        <translation>Art der Behandlung</translation>
    </message>
    <message>
        <source>Which treatment, in words</source>
        <translation>Welche Behandlung, in Worten</translation>
    </message>
    <message>
        <source>What was done, how the skin responded, aftercare given</source>
        <translation>Was gemacht wurde, wie die Haut reagiert hat, welche Nachsorge empfohlen wurde</translation>
    </message>
    <message>
        <source>Who performed it (here or elsewhere)</source>
        <translation>Wer sie durchgeführt hat (hier oder anderswo)</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Produkt hinzufügen</translation>
    </message>
    <message>
        <source>A product used, with its lot</source>
        <translation>Ein verwendetes Produkt, mit seiner Charge</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;Behandler</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Recorded in the client&apos;s history; a peel, laser, IPL, filler or neurotoxin starts its wash-out before the next microneedling session.</source>
        <translation>Wird im Verlauf des Kunden erfasst; ein Peeling, Laser, IPL, Filler oder Neurotoxin startet seine Karenzzeit vor der nächsten Mikroneedling-Sitzung.</translation>
    </message>
    <message>
        <source>Save treatment</source>
        <translation>Behandlung speichern</translation>
    </message>
    <message>
        <source>List at most {count} products.</source>
        <translation>Geben Sie höchstens {count} Produkte an.</translation>
    </message>
</context>
<context>
    <name>OtherTreatmentView</name>
    <message>
        <source> — lot {lot}</source>
        <translation> — Charge {lot}</translation>
    </message>
    <message>
        <source>{when} by {name}</source>
        <translation>{when} von {name}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Keine erfasst</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
    <message>
        <source>{treatment} of {date}</source>
        <translation>{treatment} vom {date}</translation>
    </message>
    <message>
        <source>Another treatment in the client&apos;s history: not a microneedling session.</source>
        <translation>Eine andere Behandlung im Verlauf des Kunden: keine Mikroneedling-Sitzung.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Other treatment record</source>
        <translation>Eintrag der anderen Behandlung</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change this treatment&apos;s record</source>
        <translation>Den Eintrag dieser Behandlung ändern</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete this treatment from the client&apos;s history</source>
        <translation>Diese Behandlung aus dem Verlauf des Kunden löschen</translation>
    </message>
    <message>
        <source>Other treatment (imported)</source>
        <translation>Andere Behandlung (importiert)</translation>
    </message>
    <message>
        <source>Other treatment</source>
        <translation>Andere Behandlung</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein: Geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>At least {count} characters</source>
        <translation>Mindestens {count} Zeichen</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Reset the passphrase of {name}</source>
        <translation>Passphrase von {name} zurücksetzen</translation>
    </message>
    <message>
        <source>A temporary passphrase for {name}, to give them. At their next sign-in they must choose their own. They get a new signing key: every signature they made before stays valid (the logbook keeps their old key to check it).</source>
        <translation>Eine temporäre Passphrase für {name}, die Sie ihm oder ihr mitteilen. Bei der nächsten Anmeldung muss eine eigene gewählt werden. Es wird ein neuer Signaturschlüssel erzeugt: Jede zuvor geleistete Signatur bleibt gültig (das Logbuch bewahrt den alten Schlüssel zur Prüfung auf).</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>Passphrase zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Temporary passphrase</source>
        <translation>&amp;Temporäre Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>Passphrase &amp;wiederholen</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Meine Passphrase ändern</translation>
    </message>
    <message>
        <source>A new passphrase for {name}. Your signing key stays the same: your signatures stay valid, and from now on the new passphrase opens the key.</source>
        <translation>Eine neue Passphrase für {name}. Ihr Signaturschlüssel bleibt derselbe: Ihre Signaturen bleiben gültig, und ab jetzt öffnet die neue Passphrase den Schlüssel.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Your passphrase now</source>
        <translation>Ihre bisherige Passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one</source>
        <translation>Neue Passphrase &amp;wiederholen</translation>
    </message>
    <message>
        <source>Type your passphrase now.</source>
        <translation>Geben Sie Ihre bisherige Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>PractitionerModel</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporär</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>No passphrase yet: anyone at this computer can sign in as them</source>
        <translation>Noch keine Passphrase: Jeder an diesem Computer kann sich unter diesem Namen anmelden</translation>
    </message>
    <message>
        <source>Given by the administrator: they choose their own at their next sign-in</source>
        <translation>Vom Administrator vergeben: Bei der nächsten Anmeldung wird eine eigene gewählt</translation>
    </message>
    <message>
        <source>Their own passphrase: only they can sign in and sign as them</source>
        <translation>Eigene Passphrase: Nur diese Person kann sich unter diesem Namen anmelden und signieren</translation>
    </message>
    <message>
        <source>No limit recorded</source>
        <translation>Keine Grenze erfasst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <source>Maximum depth</source>
        <translation>Maximale Nadeltiefe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>PractitionersDialog</name>
    <message>
        <source>Only the logbook&apos;s administrator sets a maximum depth: it is the licensed limit the session form holds the practitioner to.</source>
        <translation>Nur der Administrator des Logbuchs legt eine maximale Nadeltiefe fest: Sie ist die zugelassene Grenze, an die das Sitzungsformular den Behandler hält.</translation>
    </message>
    <message>
        <source>Only the logbook&apos;s administrator adds profiles.</source>
        <translation>Nur der Administrator des Logbuchs legt Profile an.</translation>
    </message>
    <message>
        <source>Only the logbook&apos;s administrator changes another practitioner&apos;s profile.</source>
        <translation>Nur der Administrator des Logbuchs ändert das Profil eines anderen Behandlers.</translation>
    </message>
    <message>
        <source>You administer this logbook: you add profiles, set each practitioner&apos;s maximum depth (the deepest they are licensed to needle; the session form warns above it) and reset forgotten passphrases.</source>
        <translation>Sie verwalten dieses Logbuch: Sie legen Profile an, bestimmen die maximale Nadeltiefe jedes Behandlers (die tiefste zugelassene; das Sitzungsformular warnt darüber) und setzen vergessene Passphrasen zurück.</translation>
    </message>
    <message>
        <source>You can change your own name and credentials. The logbook&apos;s administrator adds profiles, sets maximum depths and resets forgotten passphrases.</source>
        <translation>Sie können Ihren eigenen Namen und Ihre Qualifikation ändern. Der Administrator des Logbuchs legt Profile an, bestimmt maximale Nadeltiefen und setzt vergessene Passphrasen zurück.</translation>
    </message>
    <message>
        <source>No passphrase yet: {names}. Anyone at this computer can sign in as them until they choose one at their next sign-in (or you give them a temporary one with Reset passphrase…).</source>
        <translation>Noch keine Passphrase: {names}. Jeder an diesem Computer kann sich unter diesen Namen anmelden, bis bei der nächsten Anmeldung eine gewählt wird (oder Sie mit „Passphrase zurücksetzen…“ eine temporäre vergeben).</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Full name, as it appears on your records</source>
        <translation>Vollständiger Name, wie er in Ihren Unterlagen steht</translation>
    </message>
    <message>
        <source>No limit recorded</source>
        <translation>Keine Grenze erfasst</translation>
    </message>
    <message>
        <source>e.g. RN, licensed aesthetician</source>
        <translation>z. B. Pflegefachkraft, staatlich geprüfte Kosmetikerin</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Administers the logbook: profiles, maximum depths, safety rules, erasure, settings, passphrase resets</source>
        <translation>Verwaltet das Logbuch: Profile, maximale Nadeltiefen, Sicherheitsregeln, Löschungen, Einstellungen, Zurücksetzen von Passphrasen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Qualifikation</translation>
    </message>
    <message>
        <source>&amp;Maximum depth</source>
        <translation>&amp;Maximale Nadeltiefe</translation>
    </message>
    <message>
        <source>&amp;Temporary passphrase</source>
        <translation>&amp;Temporäre Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>Passphrase &amp;wiederholen</translation>
    </message>
    <message>
        <source>Add practitioner</source>
        <translation>Behandler hinzufügen</translation>
    </message>
    <message>
        <source>Reset passphrase…</source>
        <translation>Passphrase zurücksetzen…</translation>
    </message>
    <message>
        <source>A forgotten passphrase: give a temporary one, to change at the next sign-in</source>
        <translation>Bei vergessener Passphrase: eine temporäre vergeben, die bei der nächsten Anmeldung zu ändern ist</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>Meine Passphrase ändern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Profile of {name}</source>
        <translation>Profil von {name}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Your own: Change my passphrase…</source>
        <translation>Ihre eigene: Meine Passphrase ändern…</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Yours, to sign in and sign with: a few words you will remember.</source>
        <translation>Ihre eigene, zum Anmelden und Signieren: ein paar Wörter, die Sie sich merken können.</translation>
    </message>
    <message>
        <source>Optional. Give it to them: they choose their own at their first sign-in. Without one, anyone can sign in as them until they choose a passphrase.</source>
        <translation>Optional. Teilen Sie sie der Person mit: Bei der ersten Anmeldung wird eine eigene gewählt. Ohne Passphrase kann sich jeder unter diesem Namen anmelden, bis eine gewählt ist.</translation>
    </message>
    <message>
        <source>The passphrase of {name} was reset: give them the temporary one. They choose their own at their next sign-in; their signatures stay valid.</source>
        <translation>Die Passphrase von {name} wurde zurückgesetzt: Teilen Sie die temporäre mit. Bei der nächsten Anmeldung wird eine eigene gewählt; bisherige Signaturen bleiben gültig.</translation>
    </message>
    <message>
        <source>Your passphrase was changed: use the new one from now on.</source>
        <translation>Ihre Passphrase wurde geändert: Verwenden Sie ab jetzt die neue.</translation>
    </message>
</context>
<context>
    <name>ProductRow</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Lot (optional)</source>
        <translation>Charge (optional)</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this product</source>
        <translation>Dieses Produkt entfernen</translation>
    </message>
</context>
</TS>
