// The German and English translations are complete: no unfinished message in the .ts files, none missing for
// the strings in the sources today (lupdate run afresh into a copy), and the embedded .qm files load.

#include "Translations.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct TsCount
{
    int messages = 0;
    QStringList unfinished; // sources
};

TsCount countTs(const QString &path)
{
    TsCount c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"message"_s) {
            ++c.messages;
        } else if (xml.name() == u"source"_s) {
            source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            const QStringView type = xml.attributes().value(u"type"_s);
            if (type == u"unfinished"_s || type == u"vanished"_s || type == u"obsolete"_s)
                c.unfinished << source;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return c;
}

const QString sourceDir = QStringLiteral(LOADSTUDIO_SOURCE_DIR);

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tsFilesHaveNothingUnfinished_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("de") << sourceDir + u"/translations/loadstudio_de.ts"_s;
        QTest::addRow("en") << sourceDir + u"/translations/loadstudio_en.ts"_s;
    }

    void tsFilesHaveNothingUnfinished()
    {
        QFETCH(QString, file);
        const TsCount c = countTs(file);
        QVERIFY(c.messages > 0);
        QVERIFY2(c.unfinished.isEmpty(), qPrintable(u"%1 unfinished, e.g. "_s.arg(c.unfinished.size()) +
                                                    c.unfinished.mid(0, 10).join(u" | "_s)));
    }

    // A string added to the code without a translation shows up as unfinished when lupdate reads the code again.
    void everySourceStringIsTranslated()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"de.ts"_s);
        QVERIFY(QFile::copy(sourceDir + u"/translations/loadstudio_de.ts"_s, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceDir);
        lupdate.start(QStringLiteral(LOADSTUDIO_LUPDATE),
                      {u"core"_s, u"widgets"_s, u"app"_s, u"-extensions"_s, u"cpp,h"_s, u"-no-obsolete"_s,
                       u"-locations"_s, u"none"_s, u"-ts"_s, copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const TsCount c = countTs(copy);
        QVERIFY2(c.unfinished.isEmpty(),
                 qPrintable(u"%1 string(s) without a German translation (run the lscore_i18n_lupdate target, then "
                            u"translate translations/loadstudio_de.ts): "_s.arg(c.unfinished.size()) +
                            c.unfinished.mid(0, 10).join(u" | "_s)));
    }

    void germanLoadsAndFormatsNumbers()
    {
        QCOMPARE(ls::installTranslations(u"de"_s), u"de"_s);
        QCOMPARE(QCoreApplication::translate("ls::MainWindow", "R&esults"), u"&Ergebnisse"_s);
        QCOMPARE(QCoreApplication::translate("PdfReport", "Overall verdict: %1"), u"Gesamtbewertung: %1"_s);
        QCOMPARE(QLocale().toString(12000), u"12.000"_s);
        QCOMPARE(ls::resolveLanguage(u"fr"_s), u"en"_s);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
