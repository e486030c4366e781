<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Handover</name>
    <message>
        <source>an unsaved session form</source>
        <translation>ein nicht gespeichertes Sitzungsformular</translation>
    </message>
    <message>
        <source>The session form {name} had open was saved as their draft.</source>
        <translation>Das Sitzungsformular, das {name} geöffnet hatte, wurde als Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>The session form {name} had open could not be saved as a draft yet: it is kept on this computer and offered when the logbook next opens.</source>
        <translation>Das Sitzungsformular, das {name} geöffnet hatte, konnte noch nicht als Entwurf gespeichert werden: Es wird auf diesem Computer aufbewahrt und beim nächsten Öffnen des Logbuchs angeboten.</translation>
    </message>
</context>
<context>
    <name>IdentityWidgets</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Geben Sie Ihre Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Als andere Person anmelden</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>The logbook is locked for {name}. Type your passphrase to go on.</source>
        <translation>Das Logbuch ist für {name} gesperrt. Geben Sie Ihre Passphrase ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>{name} has {open_form} open: it stays as it is when they unlock. If someone else signs in, it is saved as their draft first.</source>
        <translation>{name} hat {open_form} geöffnet: Es bleibt beim Entsperren unverändert. Meldet sich eine andere Person an, wird es zuvor als Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
</context>
<context>
    <name>NewRecoverySheetDialog</name>
    <message>
        <source>The old recovery sheet no longer opens the logbook; this new one does. Save it as a PDF or print it now, and keep it somewhere safe, away from this computer. It is shown only now.</source>
        <translation>Das alte Wiederherstellungsblatt öffnet das Logbuch nicht mehr; dieses neue schon. Speichern Sie es jetzt als PDF oder drucken Sie es aus, und bewahren Sie es an einem sicheren Ort auf, getrennt von diesem Computer. Es wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>The new recovery key is shown only now, and the old sheet no longer opens the logbook. Without a passphrase or this sheet, the logbook cannot be opened by anyone, including us.</source>
        <translation>Der neue Wiederherstellungsschlüssel wird nur jetzt angezeigt, und das alte Blatt öffnet das Logbuch nicht mehr. Ohne eine Passphrase oder dieses Blatt kann niemand das Logbuch öffnen, auch wir nicht.</translation>
    </message>
    <message>
        <source>The photos on the clinic server are encrypted now. This recovery sheet opens them when no practitioner&apos;s passphrase can. Save it as a PDF or print it now, and keep it somewhere safe, away from this computer. It is shown only now.</source>
        <translation>Die Fotos auf dem Praxisserver sind jetzt verschlüsselt. Dieses Wiederherstellungsblatt öffnet sie, wenn es keine Passphrase eines Behandlers kann. Speichern Sie es jetzt als PDF oder drucken Sie es aus, und bewahren Sie es an einem sicheren Ort auf, getrennt von diesem Computer. Es wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>The recovery key is shown only now. Without a passphrase or this sheet, the photos cannot be opened by anyone, including us.</source>
        <translation>Der Wiederherstellungsschlüssel wird nur jetzt angezeigt. Ohne eine Passphrase oder dieses Blatt kann niemand die Fotos öffnen, auch wir nicht.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>New recovery sheet</source>
        <translation>Neues Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close without the recovery sheet?</source>
        <translation>Ohne das Wiederherstellungsblatt schließen?</translation>
    </message>
    <message>
        <source>Close without it</source>
        <translation>Ohne Blatt schließen</translation>
    </message>
</context>
<context>
    <name>RecoverySheetPanel</name>
    <message>
        <source>Without your passphrase or this sheet, the logbook cannot be opened by anyone, including us.</source>
        <translation>Ohne Ihre Passphrase oder dieses Blatt kann niemand das Logbuch öffnen, auch wir nicht.</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Wiederherstellungsblatt drucken</translation>
    </message>
    <message>
        <source>Save recovery sheet (PDF)…</source>
        <translation>Wiederherstellungsblatt speichern (PDF)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery sheet</source>
        <translation>Ich habe das Wiederherstellungsblatt gedruckt oder gespeichert</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Wiederherstellungsblatt speichern</translation>
    </message>
    <message>
        <source>Logbook recovery sheet.pdf</source>
        <translation>Logbuch-Wiederherstellungsblatt.pdf</translation>
    </message>
    <message>
        <source>The sheet was not saved: {error}</source>
        <translation>Das Blatt wurde nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, or copy it somewhere safe away from this computer.</source>
        <translation>Gespeichert unter {path}. Drucken Sie es aus oder kopieren Sie es an einen sicheren Ort, getrennt von diesem Computer.</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the sheet came out whole.</source>
        <translation>An den Drucker gesendet. Prüfen Sie, ob das Blatt vollständig gedruckt wurde.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Microneedling Logbook</source>
        <translation>Microneedling-Logbuch</translation>
    </message>
    <message>
        <source>Welcome. Create the first profile: it is the logbook&apos;s administrator (profiles, safety rules, settings). The logbook is encrypted: it opens only with a practitioner&apos;s passphrase or its recovery sheet.</source>
        <translation>Willkommen. Legen Sie das erste Profil an: Es ist der Administrator des Logbuchs (Profile, Sicherheitsregeln, Einstellungen). Das Logbuch ist verschlüsselt: Es öffnet sich nur mit der Passphrase eines Behandlers oder mit seinem Wiederherstellungsblatt.</translation>
    </message>
    <message>
        <source>e.g. RN, licensed aesthetician</source>
        <translation>z. B. Pflegefachkraft, staatlich geprüfte Kosmetikerin</translation>
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
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Advanced ▸</source>
        <translation>Erweitert ▸</translation>
    </message>
    <message>
        <source>Keep this logbook unencrypted (not recommended)</source>
        <translation>Dieses Logbuch unverschlüsselt lassen (nicht empfohlen)</translation>
    </message>
    <message>
        <source>The records and photos are then readable by anyone who can read this computer&apos;s files or its backups.</source>
        <translation>Die Einträge und Fotos sind dann für jeden lesbar, der die Dateien dieses Computers oder seine Sicherungen lesen kann.</translation>
    </message>
    <message>
        <source>Create profile and logbook</source>
        <translation>Profil und Logbuch anlegen</translation>
    </message>
    <message>
        <source>Your recovery sheet</source>
        <translation>Ihr Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this recovery key opens the logbook. Save it as a PDF or print it now, and keep it somewhere safe, away from this computer.</source>
        <translation>Wenn alle Passphrasen vergessen sind, öffnet dieser Wiederherstellungsschlüssel das Logbuch. Speichern Sie ihn jetzt als PDF oder drucken Sie ihn aus, und bewahren Sie ihn an einem sicheren Ort auf, getrennt von diesem Computer.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Advanced ▾</source>
        <translation>Erweitert ▾</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>At least {count} characters: a few words you will remember are best. You type it to sign in, to unlock and to sign sessions.</source>
        <translation>Mindestens {count} Zeichen: Am besten einige Wörter, die Sie sich merken können. Sie geben sie zum Anmelden, zum Entsperren und zum Signieren von Sitzungen ein.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>no passphrase yet</source>
        <translation>noch keine Passphrase</translation>
    </message>
    <message>
        <source>passphrase reset</source>
        <translation>Passphrase zurückgesetzt</translation>
    </message>
    <message>
        <source>Microneedling Logbook</source>
        <translation>Microneedling-Logbuch</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>Wer meldet sich an?</translation>
    </message>
    <message>
        <source>Forgotten your passphrase? The logbook&apos;s administrator can reset it.</source>
        <translation>Passphrase vergessen? Der Administrator des Logbuchs kann sie zurücksetzen.</translation>
    </message>
    <message>
        <source>This logbook has no practitioners yet. Create the first profile: it is the logbook&apos;s administrator (profiles, safety rules, settings).</source>
        <translation>Dieses Logbuch hat noch keine Behandler. Legen Sie das erste Profil an: Es ist der Administrator des Logbuchs (Profile, Sicherheitsregeln, Einstellungen).</translation>
    </message>
    <message>
        <source>e.g. RN, licensed aesthetician</source>
        <translation>z. B. Pflegefachkraft, staatlich geprüfte Kosmetikerin</translation>
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
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Create profile and sign in</source>
        <translation>Profil anlegen und anmelden</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Set passphrase and sign in</source>
        <translation>Passphrase festlegen und anmelden</translation>
    </message>
    <message>
        <source>No passphrase yet: choose one next</source>
        <translation>Noch keine Passphrase: Wählen Sie im nächsten Schritt eine</translation>
    </message>
    <message>
        <source>Choose a passphrase…</source>
        <translation>Passphrase wählen…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>An administrator reset the passphrase of {name}. Choose your own to sign in: nobody else will know it.</source>
        <translation>Ein Administrator hat die Passphrase von {name} zurückgesetzt. Wählen Sie Ihre eigene, um sich anzumelden: Niemand sonst wird sie kennen.</translation>
    </message>
    <message>
        <source>{name} has no passphrase yet. Choose one to sign in: from now on it proves that you are at the keyboard and makes your signatures.</source>
        <translation>{name} hat noch keine Passphrase. Wählen Sie eine, um sich anzumelden: Ab jetzt weist sie nach, dass Sie am Computer sitzen, und erzeugt Ihre Signaturen.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <source>The two passphrases are not the same: type it again twice.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein: Geben Sie sie noch einmal zweimal ein.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Microneedling Logbook — New logbook</source>
        <translation>Microneedling-Logbuch — Neues Logbuch</translation>
    </message>
    <message>
        <source>Microneedling Logbook — Sign in</source>
        <translation>Microneedling-Logbuch — Anmelden</translation>
    </message>
    <message>
        <source>Leave without the recovery sheet?</source>
        <translation>Ohne das Wiederherstellungsblatt beenden?</translation>
    </message>
    <message>
        <source>The recovery key is shown only now. Without your passphrase or this sheet, the logbook cannot be opened by anyone, including us.</source>
        <translation>Der Wiederherstellungsschlüssel wird nur jetzt angezeigt. Ohne Ihre Passphrase oder dieses Blatt kann niemand das Logbuch öffnen, auch wir nicht.</translation>
    </message>
    <message>
        <source>Leave without it</source>
        <translation>Ohne Blatt beenden</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Forgot your passphrase? Use the recovery sheet…</source>
        <translation>Passphrase vergessen? Wiederherstellungsblatt verwenden…</translation>
    </message>
    <message>
        <source>Microneedling Logbook</source>
        <translation>Microneedling-Logbuch</translation>
    </message>
    <message>
        <source>This logbook is encrypted. Who is signing in?</source>
        <translation>Dieses Logbuch ist verschlüsselt. Wer meldet sich an?</translation>
    </message>
    <message>
        <source>Type the recovery key printed on this logbook&apos;s recovery sheet. Spaces, dashes and capitals do not matter. Then choose a new passphrase.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein, der auf dem Wiederherstellungsblatt dieses Logbuchs gedruckt ist. Leerzeichen, Bindestriche und Großschreibung spielen keine Rolle. Wählen Sie danach eine neue Passphrase.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Open the logbook</source>
        <translation>Logbuch öffnen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Set passphrase and sign in</source>
        <translation>Passphrase festlegen und anmelden</translation>
    </message>
    <message>
        <source>No profile holds a key to this logbook yet: open it with its recovery sheet.</source>
        <translation>Noch kein Profil hat einen Schlüssel zu diesem Logbuch: Öffnen Sie es mit seinem Wiederherstellungsblatt.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel vom Blatt ein.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>The recovery sheet opened the logbook. Choose a new passphrase for your profile: the forgotten one will no longer open it.</source>
        <translation>Das Wiederherstellungsblatt hat das Logbuch geöffnet. Wählen Sie eine neue Passphrase für Ihr Profil: Die vergessene öffnet es dann nicht mehr.</translation>
    </message>
    <message>
        <source>An administrator reset the passphrase of {name}. Choose your own to sign in: nobody else will know it.</source>
        <translation>Ein Administrator hat die Passphrase von {name} zurückgesetzt. Wählen Sie Ihre eigene, um sich anzumelden: Niemand sonst wird sie kennen.</translation>
    </message>
    <message>
        <source>{name} has no passphrase yet. Choose one to sign in.</source>
        <translation>{name} hat noch keine Passphrase. Wählen Sie eine, um sich anzumelden.</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>There is no practitioner named {name}.</source>
        <translation>Es gibt keinen Behandler namens {name}.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Automatische Sperre</translation>
    </message>
    <message>
        <source>Lock the window after this many minutes without a key or mouse touched:</source>
        <translation>Das Fenster nach so vielen Minuten ohne Tastatur- oder Mauseingabe sperren:</translation>
    </message>
    <message>
        <source>Auto-lock not changed</source>
        <translation>Automatische Sperre nicht geändert</translation>
    </message>
    <message>
        <source>The window locks after 1 idle minute.</source>
        <translation>Das Fenster wird nach 1 Minute ohne Eingabe gesperrt.</translation>
    </message>
    <message>
        <source>The window locks after {count} idle minutes.</source>
        <translation>Das Fenster wird nach {count} Minuten ohne Eingabe gesperrt.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Microneedling Logbook — {title}</source>
        <translation>Microneedling-Logbuch — {title}</translation>
    </message>
</context>
</TS>
