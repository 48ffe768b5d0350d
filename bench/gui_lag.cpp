// loadstudio-guilag: how responsive the desktop app's GUI thread stays while a run goes on. It opens the real
// main window, runs one closed phase of USERS virtual users (the demo plan's scenario mix) against the built-in
// demo target, and records how late a 10 ms timer on the GUI thread fires (EventLoopLagMonitor) while the Run
// page shows the live charts. Prints the lag percentiles over the steady part of the phase, as one JSON line.
// Usage: loadstudio-guilag [--users N] [--duration-s S] [--ramp-up-s R]   (bench/gui_lag.sh runs it)

#include "EventLoopLagMonitor.h"
#include "LiveRunCharts.h"
#include "MainWindow.h"
#include "PlanJson.h"
#include "RunPage.h"

#include <QApplication>
#include <QCommandLineParser>
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Virtual users."), QStringLiteral("n"),
                                   QStringLiteral("1000"));
    QCommandLineOption durationOption(QStringLiteral("duration-s"), QStringLiteral("Steady seconds."),
                                      QStringLiteral("s"), QStringLiteral("30"));
    QCommandLineOption rampOption(QStringLiteral("ramp-up-s"), QStringLiteral("Ramp-up seconds."), QStringLiteral("s"),
                                  QStringLiteral("5"));
    parser.addOptions({usersOption, durationOption, rampOption});
    parser.process(app);

    const ls::PlanParseResult parsed = ls::loadPlanFile(QStringLiteral(":/plans/demo.json"));
    if (!parsed.plan) {
        std::fprintf(stderr, "cannot read the demo plan\n");
        return 1;
    }
    ls::Plan plan = *parsed.plan;
    plan.phases.resize(1);
    ls::Phase &phase = plan.phases[0];
    phase.name = QStringLiteral("GUI lag");
    phase.users = parser.value(usersOption).toInt();
    phase.rampUpS = parser.value(rampOption).toDouble();
    phase.durationS = parser.value(durationOption).toDouble();

    QTemporaryDir state;
    ls::MainWindow::Options options;
    options.settingsFile = state.filePath(QStringLiteral("settings.ini"));
    options.recoveryFile = state.filePath(QStringLiteral("recovery.json"));
    ls::MainWindow window(options);
    window.resize(1280, 860);
    window.show();
    window.document()->reset(plan);
    window.runPage()->setUseDemoTarget(true);

    bool finished = false;
    QObject::connect(window.runPage(), &ls::RunPage::runFinished, &window, [&finished] { finished = true; });
    ls::EventLoopLagMonitor lag(10);
    window.runPage()->runAll();
    if (!window.runPage()->isRunning()) {
        std::fprintf(stderr, "the run did not start\n");
        return 1;
    }
    // Measured over the steady part: after the ramp-up, until the phase's planned end.
    wait(int(phase.rampUpS * 1000) + 1000);
    lag.start();
    wait(int(phase.durationS * 1000) - 1000);
    lag.stop();
    const ls::Histogram h = lag.snapshot();
    const int points = window.findChild<ls::LiveRunCharts *>(QStringLiteral("liveCharts"))->pointCount();
    for (int waited = 0; !finished && waited < 120'000; waited += 100)
        wait(100);
    const ls::RunReport report = window.runPage()->lastReport();
    const double rps = report.phases.empty() ? 0 : report.phases.front().metrics().throughputRps;
    std::printf("{\"users\": %d, \"ticks\": %lld, \"lag_p50_ms\": %.2f, \"lag_p99_ms\": %.2f, \"lag_max_ms\": %.2f, "
                "\"chart_points\": %d, \"throughput_rps\": %.0f, \"finished\": %s}\n",
                phase.users, static_cast<long long>(h.totalCount()), h.valueAtPercentile(50) / 1000.0,
                h.valueAtPercentile(99) / 1000.0, h.max() / 1000.0, points, rps, finished ? "true" : "false");
    return finished ? 0 : 1;
}
