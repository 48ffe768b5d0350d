#pragma once
// German and English: the app, the CLI summary and the PDF report in the user's language. The .qm files are
// built from translations/*.ts by lrelease and embedded (":/i18n/loadstudio_de.qm").

#include <QString>
#include <QStringList>

namespace ls {

// "de", "en"; what installTranslations accepts besides "" (the system's language).
QStringList availableLanguages();
// The language a setting resolves to: "de" or "en" ("" follows the system locale; anything else is "en").
QString resolveLanguage(const QString &setting);
// Installs Load Studio's and Qt's own translations for the language on the running application and makes it
// the default locale for numbers and dates (the system's own locale when following the system). Call once,
// after the Q*Application exists. Returns the language installed.
QString installTranslations(const QString &setting);

} // namespace ls
