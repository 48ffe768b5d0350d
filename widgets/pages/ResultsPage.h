#pragma once
// The results of a run (just finished or opened from a file): the run's verdict, a row per phase, and for the
// selected phase why it got its verdict (each target: goal, critical, actual), the seed's report summary,
// the scenarios (configured against achieved share, counts, percentiles, errors); the latency distribution of
// every phase as a percentile spectrum; and the run's timeline charts.

#include "Report.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;
class QFormLayout;
class QSplitter;

namespace ls {

class LiveRunCharts;
class PercentileSpectrumChart;
class PhaseResultModel;
class ScenarioResultModel;
class TargetResultModel;

class ResultsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsPage(QWidget *parent = nullptr);

    // sourcePath: the file the report was read from, shown in the header; empty for a run just finished.
    void showReport(const RunReport &report, const QString &sourcePath = {});
    bool hasReport() const { return m_hasReport; }
    const RunReport &report() const { return m_report; }
    // The phase whose details are shown (-1 without a report).
    int selectedPhase() const;
    void selectPhase(int index);

private:
    void buildUi();
    void showPhase(int index);
    void copySummary();
    void fitPhaseTable();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    RunReport m_report;
    bool m_hasReport = false;
    int m_shownPhase = -1;
    bool m_fitPending = false;

    QLabel *m_title = nullptr;
    QLabel *m_verdictBadge = nullptr;
    QLabel *m_details = nullptr;
    PhaseResultModel *m_phaseModel = nullptr;
    QTableView *m_phaseTable = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_phaseReason = nullptr;
    QLabel *m_phaseDescription = nullptr;
    QLabel *m_correctedLatency = nullptr;
    TargetResultModel *m_targetModel = nullptr;
    QTableView *m_targetTable = nullptr;
    QFormLayout *m_summaryForm = nullptr;
    std::vector<QLabel *> m_summaryValues; // in summaryKeys order
    QPushButton *m_copySummaryButton = nullptr;
    ScenarioResultModel *m_scenarioModel = nullptr;
    QTableView *m_scenarioTable = nullptr;
    PercentileSpectrumChart *m_spectrum = nullptr;
    LiveRunCharts *m_timeline = nullptr;
};

} // namespace ls
