// loadstudio-screenshots: renders every page of the desktop app, before, during and after a run of the bundled
// demo plan against the built-in demo target, into PNG files (docs/screenshots/, see tools/README.md).
// It drives the real MainWindow; nothing is mocked. Usage: loadstudio-screenshots OUTPUT_DIR [--mid-run-s N]
// [--compare DIR]: DIR holds before.json and after.json (tools/compare_runs.sh) for the Compare page's shots.

#include "ComparePage.h"
#include "MainWindow.h"
#include "PlanPage.h"
#include "RunPage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool shoot(QWidget *window, const QDir &dir, const QString &name)
{
    wait(150); // let layouts and charts settle
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    if (!window->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Load Studio"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Screenshots of every page of Load Studio during a demo run."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Where the PNG files go."));
    QCommandLineOption midRun(QStringLiteral("mid-run-s"), QStringLiteral("Seconds into the run for the live shot."),
                              QStringLiteral("seconds"), QStringLiteral("30"));
    QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, WIDTHxHEIGHT."),
                            QStringLiteral("size"), QStringLiteral("1280x860"));
    QCommandLineOption compare(QStringLiteral("compare"), QStringLiteral("Folder with before.json and after.json."),
                               QStringLiteral("dir"));
    parser.addOptions({midRun, size, compare});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QDir dir(parser.positionalArguments().first());
    if (!QDir().mkpath(dir.path())) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dir.path()));
        return 1;
    }
    const QStringList wh = parser.value(size).split(u'x');

    // A first start: fresh settings, so the app opens the demo plan against the built-in demo target.
    QTemporaryDir state;
    ls::MainWindow::Options options;
    options.settingsFile = state.filePath(QStringLiteral("settings.ini"));
    options.recoveryFile = state.filePath(QStringLiteral("recovery.json"));
    ls::MainWindow window(options);
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.show();
    window.startUp();

    bool ok = true;
    const std::pair<ls::PlanPage::Section, const char *> sections[] = {
        {ls::PlanPage::Section::General, "plan-general"},
        {ls::PlanPage::Section::Scenarios, "plan-scenarios"},
        {ls::PlanPage::Section::Phases, "plan-phases"},
        {ls::PlanPage::Section::Targets, "plan-targets"}};
    for (const auto &[section, name] : sections) {
        window.planPage()->showSection(section);
        ok = shoot(&window, dir, QLatin1String(name)) && ok;
    }

    bool finished = false;
    QObject::connect(window.runPage(), &ls::RunPage::runFinished, &window, [&finished] { finished = true; });
    window.runPage()->runAll();
    if (!window.runPage()->isRunning()) {
        std::fprintf(stderr, "the demo run did not start\n");
        return 1;
    }
    wait(parser.value(midRun).toInt() * 1000);
    ok = shoot(&window, dir, QStringLiteral("run-live")) && ok;
    for (int waited = 0; !finished && waited < 300'000; waited += 100)
        wait(100);
    if (!finished) {
        std::fprintf(stderr, "the demo run did not finish in 5 minutes\n");
        return 1;
    }
    ok = shoot(&window, dir, QStringLiteral("run-finished")) && ok;

    window.showPage(ls::MainWindow::Page::Results);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("resultTabs"));
    const char *tabNames[] = {"results-verdict", "results-scenarios", "results-distribution", "results-timeline"};
    for (int i = 0; tabs && i < tabs->count() && i < int(std::size(tabNames)); ++i) {
        tabs->setCurrentIndex(i);
        ok = shoot(&window, dir, QLatin1String(tabNames[i])) && ok;
    }
    if (parser.isSet(compare)) {
        const QDir runs(parser.value(compare));
        ls::ComparePage *page = window.comparePage();
        window.showPage(ls::MainWindow::Page::Compare);
        page->openRuns({runs.filePath(QStringLiteral("before.json")), runs.filePath(QStringLiteral("after.json"))});
        for (int waited = 0; page->runs().size() < 2 && waited < 60'000; waited += 100)
            wait(100);
        if (auto *run = page->findChild<QComboBox *>(QStringLiteral("phasesRun")))
            run->setCurrentIndex(0);
        page->showTab(ls::ComparePage::Tab::Phases);
        ok = shoot(&window, dir, QStringLiteral("compare-phases")) && ok;
        page->showTab(ls::ComparePage::Tab::Runs);
        if (auto *phase = page->findChild<QComboBox *>(QStringLiteral("basePhase")))
            phase->setCurrentIndex(phase->findText(QStringLiteral("peak")));
        ok = shoot(&window, dir, QStringLiteral("compare-runs")) && ok;
        page->openWorkspace(runs.path());
        ok = shoot(&window, dir, QStringLiteral("compare-history")) && ok;
    }
    return ok ? 0 : 1;
}
