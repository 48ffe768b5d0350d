#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ls {

QStringList availableLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("en")};
}

QString resolveLanguage(const QString &setting)
{
    const QString wanted =
        setting.isEmpty() ? QLocale::languageToCode(QLocale::system().language()) : setting.toLower();
    return availableLanguages().contains(wanted) ? wanted : QStringLiteral("en");
}

QString installTranslations(const QString &setting)
{
    const QString language = resolveLanguage(setting);
    // An explicit choice also sets how numbers and dates read; following the system keeps its locale.
    if (!setting.isEmpty())
        QLocale::setDefault(QLocale(language == QLatin1String("de") ? QLocale::German : QLocale::English,
                                    language == QLatin1String("de") ? QLocale::Germany : QLocale::UnitedStates));
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/i18n/loadstudio_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace ls
