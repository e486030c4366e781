<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AmendDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Amend a signed session</source>
        <translation>Signierte Sitzung berichtigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session of {started}&lt;/b&gt;, signed by {signer} on {signed}.&lt;br&gt;The record is read-only: a correction is kept beside it with the value it replaces, the reason, your name ({name}) and the time, signed with your passphrase: “{meaning}”</source>
        <translation>&lt;b&gt;Sitzung vom {started}&lt;/b&gt;, signiert von {signer} am {signed}.&lt;br&gt;Der Eintrag ist schreibgeschützt: Eine Berichtigung wird daneben aufbewahrt, mit dem ersetzten Wert, der Begründung, Ihrem Namen ({name}) und der Uhrzeit, signiert mit Ihrer Passphrase: „{meaning}“</translation>
    </message>
    <message>
        <source>Why the record is corrected, e.g. “depth misread from the pen dial”</source>
        <translation>Warum der Eintrag berichtigt wird, z. B. „Tiefe am Pen-Rad falsch abgelesen“</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>&amp;Feld</translation>
    </message>
    <message>
        <source>Recorded now</source>
        <translation>Derzeit erfasst</translation>
    </message>
    <message>
        <source>&amp;Correct value</source>
        <translation>&amp;Richtiger Wert</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Berichtigung speichern</translation>
    </message>
    <message>
        <source>Not yet recorded: add the reaction as it was observed.</source>
        <translation>Noch nicht erfasst: Tragen Sie die Reaktion so ein, wie sie beobachtet wurde.</translation>
    </message>
    <message>
        <source>this amendment</source>
        <translation>diese Berichtigung</translation>
    </message>
    <message>
        <source>Not saved: the amendment is signed with your passphrase.</source>
        <translation>Nicht gespeichert: Die Berichtigung wird mit Ihrer Passphrase signiert.</translation>
    </message>
</context>
<context>
    <name>AreaChart</name>
    <message>
        <source>Full face</source>
        <translation>Ganzes Gesicht</translation>
    </message>
    <message>
        <source>Both cheeks</source>
        <translation>Beide Wangen</translation>
    </message>
    <message>
        <source>Neck and décolletage</source>
        <translation>Hals und Dekolleté</translation>
    </message>
    <message>
        <source>Face and body chart</source>
        <translation>Gesichts- und Körperschema</translation>
    </message>
    <message>
        <source> F adds the full face, C both cheeks, N the neck and décolletage.</source>
        <translation> F fügt das ganze Gesicht hinzu, C beide Wangen, N Hals und Dekolleté.</translation>
    </message>
    <message>
        <source>Show the {view} chart</source>
        <translation>Schema „{view}“ anzeigen</translation>
    </message>
    <message>
        <source>Hide chart</source>
        <translation>Schema ausblenden</translation>
    </message>
    <message>
        <source>Fold the chart away: the list below does the same</source>
        <translation>Schema einklappen: Die Liste darunter leistet dasselbe</translation>
    </message>
    <message>
        <source>Add a set</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add {areas} (those not in the list yet). Key {key} on the chart does it too.</source>
        <translation>{areas} hinzufügen (soweit noch nicht in der Liste). Die Taste {key} im Schema tut dasselbe.</translation>
    </message>
    <message>
        <source>Needle depth</source>
        <translation>Nadeltiefe</translation>
    </message>
    <message>
        <source>Click a zone to add or remove its area.</source>
        <translation>Klicken Sie auf eine Zone, um ihr Areal hinzuzufügen oder zu entfernen.</translation>
    </message>
</context>
<context>
    <name>AreaMap</name>
    <message>
        <source>Map of the treated areas: {areas}</source>
        <translation>Karte der behandelten Areale: {areas}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>AreaRow</name>
    <message>
        <source>Choose area…</source>
        <translation>Areal wählen…</translation>
    </message>
    <message>
        <source> passes</source>
        <translation> Durchgänge</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Remove this area</source>
        <translation>Dieses Areal entfernen</translation>
    </message>
    <message>
        <source>this area</source>
        <translation>dieses Areal</translation>
    </message>
    <message>
        <source>Area treated</source>
        <translation>Behandeltes Areal</translation>
    </message>
    <message>
        <source>Depth for {area} (mm)</source>
        <translation>Tiefe für {area} (mm)</translation>
    </message>
    <message>
        <source>Passes for {area}</source>
        <translation>Durchgänge für {area}</translation>
    </message>
    <message>
        <source>Note for {area}</source>
        <translation>Notiz zu {area}</translation>
    </message>
    <message>
        <source>Remove {area}</source>
        <translation>{area} entfernen</translation>
    </message>
</context>
<context>
    <name>AreasPanel</name>
    <message>
        <source>Show face and body chart</source>
        <translation>Gesichts- und Körperschema anzeigen</translation>
    </message>
    <message>
        <source>Choose the areas on a face and body chart</source>
        <translation>Areale auf einem Gesichts- und Körperschema wählen</translation>
    </message>
</context>
<context>
    <name>CountEditor</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
</context>
<context>
    <name>DepthEditor</name>
    <message>
        <source>Needle depth</source>
        <translation>Nadeltiefe</translation>
    </message>
</context>
<context>
    <name>GlideEditor</name>
    <message>
        <source>New vial: type its lot number</source>
        <translation>Neue Ampulle: Chargennummer eingeben</translation>
    </message>
    <message>
        <source>Glide / serum</source>
        <translation>Gleitmittel / Serum</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Pr&amp;oduct</source>
        <translation>Pr&amp;odukt</translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>&amp;Charge</translation>
    </message>
</context>
<context>
    <name>NextVisitEditor</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Next visit due on</source>
        <translation>Nächster Termin fällig am</translation>
    </message>
</context>
<context>
    <name>NumbingEditor</name>
    <message>
        <source>Numbing applied</source>
        <translation>Betäubung angewendet</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Wirkstoff</translation>
    </message>
    <message>
        <source>e.g. 5 %</source>
        <translation>z. B. 5 %</translation>
    </message>
    <message>
        <source> min on skin</source>
        <translation> min auf der Haut</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Wirkstoff</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Konzentration</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Einwirkzeit</translation>
    </message>
</context>
<context>
    <name>PhotoDrop</name>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Drop photo files here, or add them: after saving you say what each shows.</source>
        <translation>Fotodateien hierher ziehen oder hinzufügen: Nach dem Speichern geben Sie an, was jedes zeigt.</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Fotos hinzufügen…</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Fotos wählen</translation>
    </message>
</context>
<context>
    <name>ReactionEditor</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
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
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
</context>
<context>
    <name>ReactionRow</name>
    <message>
        <source>Choose reaction…</source>
        <translation>Reaktion wählen…</translation>
    </message>
    <message>
        <source>Remove this reaction</source>
        <translation>Diese Reaktion entfernen</translation>
    </message>
    <message>
        <source>this reaction</source>
        <translation>diese Reaktion</translation>
    </message>
    <message>
        <source>Reaction observed</source>
        <translation>Beobachtete Reaktion</translation>
    </message>
    <message>
        <source>Severity of {reaction}</source>
        <translation>Schweregrad von {reaction}</translation>
    </message>
    <message>
        <source>When {reaction} was seen</source>
        <translation>Wann {reaction} beobachtet wurde</translation>
    </message>
    <message>
        <source>Note on {reaction}</source>
        <translation>Notiz zu {reaction}</translation>
    </message>
    <message>
        <source>Remove {reaction}</source>
        <translation>{reaction} entfernen</translation>
    </message>
</context>
<context>
    <name>SessionActionsBar</name>
    <message>
        <source>Edit draft…</source>
        <translation>Entwurf bearbeiten…</translation>
    </message>
    <message>
        <source>Change this draft in the session form</source>
        <translation>Diesen Entwurf im Sitzungsformular ändern</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Signieren…</translation>
    </message>
    <message>
        <source>Sign the record: it becomes read-only</source>
        <translation>Eintrag signieren: Er wird dann schreibgeschützt</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Entwurf löschen…</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Berichtigen…</translation>
    </message>
    <message>
        <source>Correct a field of the signed record, with the reason</source>
        <translation>Ein Feld des signierten Eintrags berichtigen, mit Begründung</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print this session&apos;s record or the client&apos;s aftercare sheet</source>
        <translation>Den Eintrag dieser Sitzung oder das Nachsorgeblatt des Kunden drucken</translation>
    </message>
    <message>
        <source>Draft — not signed yet</source>
        <translation>Entwurf – noch nicht signiert</translation>
    </message>
    <message>
        <source>Signed — read-only; a correction is an amendment</source>
        <translation>Signiert – schreibgeschützt; eine Korrektur ist eine Berichtigung</translation>
    </message>
    <message>
        <source>Signed — read-only; a correction is an amendment (amended {count}×)</source>
        <translation>Signiert – schreibgeschützt; eine Korrektur ist eine Berichtigung ({count}× berichtigt)</translation>
    </message>
    <message>
        <source>Sign this session?</source>
        <translation>Diese Sitzung signieren?</translation>
    </message>
    <message>
        <source>Sign the session of {started}.

{signature}

Once signed the record is read-only: a correction is then an amendment, kept beside the record with the reason, your name and the time.</source>
        <translation>Die Sitzung vom {started} signieren.

{signature}

Nach dem Signieren ist der Eintrag schreibgeschützt: Eine Korrektur ist dann eine Berichtigung, die mit Begründung, Ihrem Namen und der Uhrzeit neben dem Eintrag aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
    <message>
        <source>The draft session of {started} will be deleted. This cannot be undone.</source>
        <translation>Der Sitzungsentwurf vom {started} wird gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The draft session of {started} and its 1 photo will be deleted. This cannot be undone.</source>
        <translation>Der Sitzungsentwurf vom {started} und sein Foto werden gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The draft session of {started} and its {count} photos will be deleted. This cannot be undone.</source>
        <translation>Der Sitzungsentwurf vom {started} und seine {count} Fotos werden gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>Diesen Entwurf löschen?</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>SessionDetailView</name>
    <message>
        <source>None recorded</source>
        <translation>Keine erfasst</translation>
    </message>
    <message>
        <source> (lot {lot})</source>
        <translation> (Charge {lot})</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
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
        <source>Glide / products</source>
        <translation>Gleitmittel / Produkte</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>Nächster Termin fällig</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Areal</translation>
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
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Session of {started}</source>
        <translation>Sitzung vom {started}</translation>
    </message>
    <message>
        <source>Areas treated</source>
        <translation>Behandelte Areale</translation>
    </message>
    <message>
        <source>Skin reactions</source>
        <translation>Hautreaktionen</translation>
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
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&lt;b&gt;Acknowledged before treatment&lt;/b&gt; ({when}):</source>
        <translation>&lt;b&gt;Vor der Behandlung bestätigt&lt;/b&gt; ({when}):</translation>
    </message>
    <message>
        <source>Draft — not signed yet. It can still be edited or deleted; once signed it is read-only.</source>
        <translation>Entwurf – noch nicht signiert. Er kann noch bearbeitet oder gelöscht werden; nach dem Signieren ist er schreibgeschützt.</translation>
    </message>
    <message>
        <source> · amended 1 time since</source>
        <translation> · seitdem 1-mal berichtigt</translation>
    </message>
    <message>
        <source> · amended {count} times since</source>
        <translation> · seitdem {count}-mal berichtigt</translation>
    </message>
    <message>
        <source>Signed by {signer} on {signed}</source>
        <translation>Signiert von {signer} am {signed}</translation>
    </message>
    <message>
        <source>Amended {day} by {name}: {field} {old} → {new} — reason: {reason}</source>
        <translation>Berichtigt am {day} von {name}: {field} {old} → {new} – Begründung: {reason}</translation>
    </message>
    <message>
        <source>Amendments after signing</source>
        <translation>Berichtigungen nach dem Signieren</translation>
    </message>
    <message>
        <source>The record above shows the values after these corrections.</source>
        <translation>Der Eintrag oben zeigt die Werte nach diesen Korrekturen.</translation>
    </message>
    <message>
        <source>Added after signing on {day} by {name}</source>
        <translation>Nach dem Signieren hinzugefügt am {day} von {name}</translation>
    </message>
    <message>
        <source>Added after signing on {day}</source>
        <translation>Nach dem Signieren hinzugefügt am {day}</translation>
    </message>
    <message>
        <source>Photos added after signing</source>
        <translation>Nach dem Signieren hinzugefügte Fotos</translation>
    </message>
    <message>
        <source>Added to the record once it was signed; the signature does not cover them.</source>
        <translation>Dem Eintrag nach dem Signieren hinzugefügt; die Signatur umfasst sie nicht.</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>Sitzungseintrag</translation>
    </message>
    <message>
        <source>Select a session to see its full record.</source>
        <translation>Wählen Sie eine Sitzung, um ihren vollständigen Eintrag zu sehen.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit draft session – {client}</source>
        <translation>Sitzungsentwurf bearbeiten – {client}</translation>
    </message>
    <message>
        <source>New session – {client}</source>
        <translation>Neue Sitzung – {client}</translation>
    </message>
    <message>
        <source>Draft session for &lt;b&gt;{client}&lt;/b&gt;</source>
        <translation>Sitzungsentwurf für &lt;b&gt;{client}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New session for &lt;b&gt;{client}&lt;/b&gt;</source>
        <translation>Neue Sitzung für &lt;b&gt;{client}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Session form</source>
        <translation>Sitzungsformular</translation>
    </message>
    <message>
        <source>Add an observed reaction ({keys})</source>
        <translation>Eine beobachtete Reaktion hinzufügen ({keys})</translation>
    </message>
    <message>
        <source>

Save anyway?</source>
        <translation>

Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Depth above the usual range</source>
        <translation>Tiefe über dem üblichen Bereich</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Not saved: change the depth, or save again and confirm it.</source>
        <translation>Nicht gespeichert: Ändern Sie die Tiefe oder speichern Sie erneut und bestätigen Sie sie.</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct what is marked in red.</source>
        <translation>Es wurde nichts gespeichert: Bitte korrigieren Sie die rot markierten Angaben.</translation>
    </message>
    <message>
        <source>Nothing was saved: review each point under “Before you start” first.</source>
        <translation>Es wurde nichts gespeichert: Prüfen Sie zuerst jeden Punkt unter „Bevor Sie beginnen“.</translation>
    </message>
    <message>
        <source>Nothing was saved: signing needs your passphrase. Save and sign again, or save a draft to sign later.</source>
        <translation>Es wurde nichts gespeichert: Zum Signieren ist Ihre Passphrase nötig. Speichern und signieren Sie erneut oder speichern Sie einen Entwurf, um später zu signieren.</translation>
    </message>
</context>
<context>
    <name>SessionEditors</name>
    <message>
        <source>e.g. 16-pin</source>
        <translation>z. B. 16 Nadeln</translation>
    </message>
    <message>
        <source>Lot number from the vial</source>
        <translation>Chargennummer von der Ampulle</translation>
    </message>
</context>
<context>
    <name>SessionFields</name>
    <message>
        <source>Allergy stop: {what}</source>
        <translation>Allergie-Stopp: {what}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Date and &amp;time</source>
        <translation>Datum und Uhr&amp;zeit</translation>
    </message>
    <message>
        <source>&amp;Practitioner</source>
        <translation>&amp;Behandler</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>the numbing agent</source>
        <translation>das Betäubungsmittel</translation>
    </message>
    <message>
        <source>the product</source>
        <translation>das Produkt</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Areal</translation>
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
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>+ Add area</source>
        <translation>+ Areal hinzufügen</translation>
    </message>
    <message>
        <source>No area yet: add each treated area with its needle depth.</source>
        <translation>Noch kein Areal: Fügen Sie jedes behandelte Areal mit seiner Nadeltiefe hinzu.</translation>
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
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>+ Add reaction</source>
        <translation>+ Reaktion hinzufügen</translation>
    </message>
    <message>
        <source>No reaction recorded.</source>
        <translation>Keine Reaktion erfasst.</translation>
    </message>
    <message>
        <source>Areas treated</source>
        <translation>Behandelte Areale</translation>
    </message>
    <message>
        <source>Skin reactions</source>
        <translation>Hautreaktionen</translation>
    </message>
    <message>
        <source>Aftercare given</source>
        <translation>Erteilte Nachsorge</translation>
    </message>
    <message>
        <source>Anything else worth keeping</source>
        <translation>Alles Weitere, was festgehalten werden sollte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>STOP — {message} Gone on with your reason: {reason}</source>
        <translation>STOPP – {message} Fortgesetzt mit Ihrer Begründung: {reason}</translation>
    </message>
    <message>
        <source>STOP — {message} Review it under “Before you start”, with your reason.</source>
        <translation>STOPP – {message} Prüfen Sie dies unter „Bevor Sie beginnen“, mit Ihrer Begründung.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>e.g. 16-pin</source>
        <translation>z. B. 16 Nadeln</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <source>&amp;Cartridge</source>
        <translation>&amp;Kartusche</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>&amp;Endpoint reached</source>
        <translation>&amp;Endpunkt erreicht</translation>
    </message>
    <message>
        <source>&amp;Next visit</source>
        <translation>&amp;Nächster Termin</translation>
    </message>
    <message>
        <source>Choose the area, or remove the row.</source>
        <translation>Wählen Sie das Areal oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Choose the reaction, or remove the row.</source>
        <translation>Wählen Sie die Reaktion oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Add at least one treated area.</source>
        <translation>Fügen Sie mindestens ein behandeltes Areal hinzu.</translation>
    </message>
</context>
<context>
    <name>SessionFormButtons</name>
    <message>
        <source>Repeat last session</source>
        <translation>Letzte Sitzung wiederholen</translation>
    </message>
    <message>
        <source>Fill device, cartridge, numbing, glide, areas, endpoint and aftercare from the previous session; lot numbers are left to type from the new vial ({keys})</source>
        <translation>Gerät, Kartusche, Betäubung, Gleitmittel, Areale, Endpunkt und Nachsorge aus der vorigen Sitzung übernehmen; die Chargennummern bleiben leer, um sie von der neuen Ampulle einzugeben ({keys})</translation>
    </message>
    <message>
        <source>Repeat last session ({day})</source>
        <translation>Letzte Sitzung wiederholen ({day})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Save as a draft, to finish and sign later (Ctrl+S)</source>
        <translation>Als Entwurf speichern, um später abzuschließen und zu signieren (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and sign</source>
        <translation>Speichern und signieren</translation>
    </message>
    <message>
        <source>Save and sign as the current practitioner ({keys}): the record becomes read-only (a later correction is an amendment, with its reason)</source>
        <translation>Als aktueller Behandler speichern und signieren ({keys}): Der Eintrag wird schreibgeschützt (eine spätere Korrektur ist eine Berichtigung, mit Begründung)</translation>
    </message>
    <message>
        <source>Keep as local draft</source>
        <translation>Als lokalen Entwurf behalten</translation>
    </message>
    <message>
        <source>Keep this session on this computer; it is offered at the next start</source>
        <translation>Diese Sitzung auf diesem Computer behalten; sie wird beim nächsten Start angeboten</translation>
    </message>
</context>
<context>
    <name>SessionSeal</name>
    <message>
        <source> · amended 1 time since</source>
        <translation> · seitdem 1-mal berichtigt</translation>
    </message>
    <message>
        <source> · amended {count} times since</source>
        <translation> · seitdem {count}-mal berichtigt</translation>
    </message>
    <message>
        <source>, signed</source>
        <translation>, signiert</translation>
    </message>
    <message>
        <source>, each signed</source>
        <translation>, jeweils signiert</translation>
    </message>
    <message>
        <source>, {count} of them signed</source>
        <translation>, davon {count} signiert</translation>
    </message>
    <message>
        <source>Signed by {signer} on {signed} — {meaning} (signature verified)</source>
        <translation>Signiert von {signer} am {signed} – {meaning} (Signatur geprüft)</translation>
    </message>
    <message>
        <source>Signed by {signer} on {day} in another logbook — imported (sealed at the import; unchanged since)</source>
        <translation>Signiert von {signer} am {day} in einem anderen Logbuch – importiert (beim Import versiegelt; seitdem unverändert)</translation>
    </message>
    <message>
        <source>Signed by {signer} on {day} — signed before verifiable signatures (sealed at the upgrade; unchanged since)</source>
        <translation>Signiert von {signer} am {day} – signiert vor den prüfbaren Signaturen (bei der Aktualisierung versiegelt; seitdem unverändert)</translation>
    </message>
    <message>
        <source>Signed by {signer} on {signed} — does not verify: see the warning above</source>
        <translation>Signiert von {signer} am {signed} – Prüfung fehlgeschlagen: siehe Warnung oben</translation>
    </message>
    <message>
        <source>Signed by {signer} — does not verify: see the warning above</source>
        <translation>Signiert von {signer} – Prüfung fehlgeschlagen: siehe Warnung oben</translation>
    </message>
    <message>
        <source>This record does not match what was signed: it was changed outside the app, or its signature does not hold.
{findings}
Do not rely on it before the logbook&apos;s administrator has checked it (Logbook → Verify records…).</source>
        <translation>Dieser Eintrag stimmt nicht mit dem Signierten überein: Er wurde außerhalb der App geändert, oder seine Signatur ist ungültig.
{findings}
Verlassen Sie sich nicht darauf, bevor der Administrator des Logbuchs ihn geprüft hat (Logbuch → Einträge prüfen…).</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>A signature needs your passphrase, which was not given.</source>
        <translation>Eine Signatur erfordert Ihre Passphrase, die nicht eingegeben wurde.</translation>
    </message>
    <message>
        <source>Signer: {name}
Time: {now} (now)
Meaning: {meaning}</source>
        <translation>Unterzeichner: {name}
Zeit: {now} (jetzt)
Bedeutung: {meaning}</translation>
    </message>
    <message>
        <source>To sign {what}, enter your passphrase: it was last entered more than {minutes} minutes ago.

{signature}</source>
        <translation>Um {what} zu signieren, geben Sie Ihre Passphrase ein: Sie wurde zuletzt vor mehr als {minutes} Minuten eingegeben.

{signature}</translation>
    </message>
    <message>
        <source>Sign with your passphrase</source>
        <translation>Mit Ihrer Passphrase signieren</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>diese Sitzung</translation>
    </message>
</context>
</TS>
