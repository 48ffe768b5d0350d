// The desktop app in German, as a user with View > Language > Deutsch sees it: page names, menus and a number
// formatted the German way.

#include "MainWindow.h"
#include "ResultText.h"
#include "Translations.h"

#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class GermanTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QCOMPARE(ls::installTranslations(u"de"_s), u"de"_s); }

    void pagesMenusAndNumbersReadGerman()
    {
        QTemporaryDir state;
        ls::MainWindow::Options options;
        options.settingsFile = state.filePath(u"settings.ini"_s);
        options.recoveryFile = state.filePath(u"recovery.json"_s);
        options.askBeforeRestore = false;
        ls::MainWindow window(options);
        window.show();
        auto *pages = window.findChild<QTabWidget *>();
        QVERIFY(pages);
        QStringList tabs;
        for (int i = 0; i < pages->count(); ++i)
            tabs << pages->tabText(i).remove(QLatin1Char('&'));
        QVERIFY2(tabs.contains(u"Ergebnisse"_s) && (tabs.contains(u"Vergleich"_s) || tabs.contains(u"Vergleichen"_s)),
                 qPrintable(tabs.join(u", "_s)));
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text().remove(QLatin1Char('&'));
        QVERIFY2(menus.contains(u"Datei"_s) && menus.contains(u"Hilfe"_s), qPrintable(menus.join(u", "_s)));
        QCOMPARE(ls::ResultText::count(12000), u"12.000"_s);
        QVERIFY2(ls::ResultText::verdict(ls::Verdict::Pass).contains(u"PASS"_s), "verdict words stay as in reports");
    }
};

QTEST_MAIN(GermanTest)
#include "tst_german.moc"
