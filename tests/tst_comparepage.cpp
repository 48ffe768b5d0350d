// The Compare page as a user drives it: two reports opened, phases paired by name and by hand, the delta table
// coloured by direction and noise; the phases view with its knee sentence; a workspace's history and trend.

#include "ComparePage.h"
#include "ComparisonModel.h"
#include "HistoryModel.h"
#include "PhaseResultModel.h"
#include "ResultText.h"
#include "ScalabilityChart.h"
#include "SyntheticRuns.h"
#include "TrendChart.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ls;
using namespace ls::test;
using namespace Qt::StringLiterals;

namespace {

template <typename T> T *child(QWidget *root, const char *name)
{
    T *c = root->findChild<T *>(QLatin1String(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

} // namespace

class ComparePageTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeReportFile(seedLikeRun(1.0, 10, 0.05), m_dir.filePath(u"before.json"_s), nullptr));
        RunReport after = seedLikeRun(1.3, 20, 0.05, u"stress-1000"_s); // slower, and the stress phase renamed
        after.startedAt = after.startedAt.addDays(1);
        QVERIFY(writeReportFile(after, m_dir.filePath(u"after.json"_s), nullptr));
        m_page = std::make_unique<ComparePage>();
        m_page->resize(1300, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup() { m_page.reset(); }

    void twoReportsGiveAColouredDeltaTable()
    {
        m_page->openRuns({m_dir.filePath(u"before.json"_s), m_dir.filePath(u"after.json"_s)});
        QTRY_COMPARE(m_page->runs().size(), std::size_t(2));
        m_page->showTab(ComparePage::Tab::Runs);

        auto *table = child<QTableView>(m_page.get(), "comparisonTable");
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *basePhase = child<QComboBox>(m_page.get(), "basePhase");
        basePhase->setCurrentIndex(basePhase->findText(u"peak"_s));
        const QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), int(std::size(allCompareMetrics)));
        const int p95 = int(CompareMetric::P95);
        QCOMPARE(model->index(p95, ComparisonModel::MetricColumn).data().toString(), u"P95"_s);
        QVERIFY2(model->index(p95, ComparisonModel::VerdictColumn).data().toString().contains(u"worse, significant"_s),
                 qPrintable(model->index(p95, ComparisonModel::VerdictColumn).data().toString()));
        QCOMPARE(model->index(p95, ComparisonModel::VerdictColumn).data(Qt::ForegroundRole).value<QColor>().rgb(),
                 ResultText::verdictColor(Verdict::Fail).rgb());
        const double relative =
            model->index(p95, ComparisonModel::RelativeColumn).data(ComparisonModel::SortRole).toDouble();
        QVERIFY2(std::abs(relative - 30) < 5, qPrintable(QString::number(relative)));
        const int throughput = int(CompareMetric::Throughput);
        QVERIFY(model->index(throughput, ComparisonModel::VerdictColumn).data().toString().contains(u"worse"_s));
        // The baseline did not change: within noise, never "significant".
        basePhase->setCurrentIndex(basePhase->findText(u"baseline"_s));
        QVERIFY(!model->index(p95, ComparisonModel::VerdictColumn).data().toString().contains(u"significant"_s));
        QVERIFY(child<QLabel>(m_page.get(), "significanceNote")->text().contains(u"bootstrap"_s));
        // The comparison as a PDF: the compared run's report with the comparison section.
        QString error;
        const QString pdf = m_dir.filePath(u"comparison.pdf"_s);
        QVERIFY2(m_page->exportComparisonPdf(pdf, &error), qPrintable(error));
        // (Its text is checked in tst_pdfreport; no child process here, where import threads run.)
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
        QVERIFY(written.size() > 20000);
        QVERIFY(!child<QChartView>(m_page.get(), "compareSpectra")->chart()->series().isEmpty());
    }

    void phasesWithDifferentNamesArePairedByHand()
    {
        m_page->openRuns({m_dir.filePath(u"before.json"_s), m_dir.filePath(u"after.json"_s)});
        QTRY_COMPARE(m_page->runs().size(), std::size_t(2));
        m_page->showTab(ComparePage::Tab::Runs);
        QVERIFY(child<QLabel>(m_page.get(), "unpairedPhases")->text().contains(u"stress-1000"_s));
        auto *basePhase = child<QComboBox>(m_page.get(), "basePhase");
        auto *otherPhase = child<QComboBox>(m_page.get(), "otherPhase");
        basePhase->setCurrentIndex(basePhase->findText(u"stress"_s));
        QCOMPARE(otherPhase->currentText(), u"(not paired)"_s);
        QCOMPARE(child<QTableView>(m_page.get(), "comparisonTable")->model()->rowCount(), 0);
        otherPhase->setCurrentIndex(otherPhase->findText(u"stress-1000"_s));
        Q_EMIT otherPhase->activated(otherPhase->currentIndex());
        QTRY_COMPARE(child<QTableView>(m_page.get(), "comparisonTable")->model()->rowCount(),
                     int(std::size(allCompareMetrics)));
        QCOMPARE(otherPhase->currentText(), u"stress-1000"_s);
        QVERIFY(child<QLabel>(m_page.get(), "unpairedPhases")->text().isEmpty());
    }

    void phasesViewStatesTheKnee()
    {
        m_page->openRuns({m_dir.filePath(u"before.json"_s)});
        QTRY_COMPARE(m_page->runs().size(), std::size_t(1));
        auto *phases = child<QTableView>(m_page.get(), "comparePhases");
        QCOMPARE(phases->model()->rowCount(), 4);
        QVERIFY(!phases->model()->index(0, PhaseResultModel::ErrorClassesColumn).data().isNull());
        const QString knee = child<QLabel>(m_page.get(), "kneeFinding")->text();
        QVERIFY2(knee.contains(u"Scaling stops between 500 and 1000 users"_s), qPrintable(knee));
        QVERIFY2(knee.contains(u"reached at ~500 users"_s), qPrintable(knee));
        auto *chart = child<ScalabilityChart>(m_page.get(), "scalabilityChart");
        QCOMPARE(chart->throughputSeries()->count(), 4);
        QCOMPARE(chart->p95GoalSeries()->at(0).y(), 200.0);
    }

    void brokenFileIsExplainedAndNothingIsLost()
    {
        QFile broken(m_dir.filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"loadstudio-report/1\", \"plan\": {");
        broken.close();
        // The message box is modal: close it as soon as it shows.
        QTimer::singleShot(0, this, [] { closeMessageBoxes(); });
        m_page->openRuns({m_dir.filePath(u"broken.json"_s), m_dir.filePath(u"before.json"_s)});
        QTRY_COMPARE(m_page->runs().size(), std::size_t(1)); // the good one still loads
    }

    void seedTemplateShowsWhatIsMissingGreyedOut()
    {
        QFile seed(m_dir.filePath(u"seed.json"_s));
        QVERIFY(seed.open(QIODevice::WriteOnly));
        seed.write(R"({"total_requests": 12000, "successful_requests": 11940, "failed_requests": 60,
            "success_rate": "99.5%", "avg_response_time": "125ms", "p95_response_time": "180ms",
            "p99_response_time": "420ms", "errors": {"timeout": 45, "connection_refused": 15}})");
        seed.close();
        m_page->openRuns({m_dir.filePath(u"seed.json"_s), m_dir.filePath(u"before.json"_s)});
        QTRY_COMPARE(m_page->runs().size(), std::size_t(2));
        auto *runSelector = child<QComboBox>(m_page.get(), "phasesRun");
        runSelector->setCurrentIndex(0);
        const QAbstractItemModel *phases = child<QTableView>(m_page.get(), "comparePhases")->model();
        QCOMPARE(phases->index(0, PhaseResultModel::P95Column).data().toString(), ResultText::milliseconds(180));
        QCOMPARE(phases->index(0, PhaseResultModel::P50Column).data().toString(), u"—"_s);
        QCOMPARE(phases->index(0, PhaseResultModel::P50Column).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(Qt::gray));
        QVERIFY(!child<QLabel>(m_page.get(), "missingMetrics")->text().isEmpty());

        // One phase each: paired whatever their names; P50 cannot be compared, P95 can.
        m_page->showTab(ComparePage::Tab::Runs);
        auto *basePhase = child<QComboBox>(m_page.get(), "basePhase");
        QCOMPARE(basePhase->count(), 1);
        const QAbstractItemModel *deltas = child<QTableView>(m_page.get(), "comparisonTable")->model();
        QCOMPARE(deltas->rowCount(), 0); // the other run has four phases: nothing pairs by name
        auto *otherPhase = child<QComboBox>(m_page.get(), "otherPhase");
        otherPhase->setCurrentIndex(otherPhase->findText(u"baseline"_s));
        Q_EMIT otherPhase->activated(otherPhase->currentIndex());
        QTRY_COMPARE(deltas->rowCount(), int(std::size(allCompareMetrics)));
        const int p50 = int(CompareMetric::P50);
        QVERIFY(deltas->index(p50, ComparisonModel::BaseColumn).data().toString().contains(u"not in the source"_s));
        QCOMPARE(deltas->index(p50, ComparisonModel::VerdictColumn).data().toString(), u"cannot compare"_s);
        QVERIFY(deltas->index(int(CompareMetric::P95), ComparisonModel::VerdictColumn)
                    .data()
                    .toString()
                    .contains(u"better"_s));
    }

    void workspaceHistoryAndTrend()
    {
        m_page->openWorkspace(m_dir.path());
        auto *history = child<QTableView>(m_page.get(), "historyTable");
        QAbstractItemModelTester tester(history->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(history->model()->rowCount(), 2);
        QVERIFY(history->model()->index(0, HistoryModel::FileColumn).data().toString() == u"before.json"_s);
        auto *metric = child<QComboBox>(m_page.get(), "trendMetric");
        metric->setCurrentIndex(int(CompareMetric::P95));
        auto *phase = child<QComboBox>(m_page.get(), "trendPhase");
        phase->setCurrentIndex(phase->findText(u"peak"_s));
        auto *trend = child<TrendChart>(m_page.get(), "trendChart");
        QCOMPARE(trend->series()->count(), 2);
        QVERIFY(trend->series()->at(1).y() > trend->series()->at(0).y()); // P95 got worse
    }

private:
    static void closeMessageBoxes()
    {
        bool closed = false;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->inherits("QMessageBox") && w->isVisible()) {
                w->close();
                closed = true;
            }
        }
        if (!closed)
            QTimer::singleShot(20, [] { closeMessageBoxes(); });
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ComparePage> m_page;
};

QTEST_MAIN(ComparePageTest)
#include "tst_comparepage.moc"
