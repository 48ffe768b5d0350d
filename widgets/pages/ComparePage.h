#pragma once
// Compare: the phases of one run side by side with its scalability curve and knee; runs against each other
// (phases paired by name or by hand, deltas coloured by direction and noise, overlaid percentile spectra and
// timelines); and the history of a workspace folder with the trend of a metric across runs.

#include "ImportJob.h"
#include "RunComparison.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineSeries;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ls {

class ComparisonModel;
class HistoryModel;
class PercentileSpectrumChart;
class PhaseResultModel;
class ScalabilityChart;
class TimeSeriesChart;
class TrendChart;

class ComparePage : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePage(QWidget *parent = nullptr);
    ~ComparePage() override;

    enum class Tab
    {
        Phases,
        Runs,
        History,
    };
    void showTab(Tab tab);

    // Asks for files (reports, JTL, k6, seed template) and loads them; the first loaded run is the base.
    void openRunsDialog();
    void openWorkspaceDialog();
    // Loads in the background (with a cancellable progress dialog for slow imports); errors go to a message box.
    void openRuns(const QStringList &paths);
    void addRun(LoadedRun run); // e.g. the report of the run that just finished
    void openWorkspace(const QString &folder);
    // The PDF report of the run compared with the base, with the comparison as its own section.
    bool exportComparisonPdf(const QString &path, QString *error);
    const std::vector<LoadedRun> &runs() const { return m_runs; }

Q_SIGNALS:
    void runsChanged();

private:
    void buildPhasesTab(QWidget *tab);
    void buildRunsTab(QWidget *tab);
    void buildHistoryTab(QWidget *tab);
    void loadNext();
    void refreshRunLists();
    void showPhasesOf(int run);
    void recompare();         // m_comparison from the runs and pairs
    void refreshComparison(); // shows the base phase's pair of m_comparison
    void refreshPairing();
    void showPair(int pairIndex);
    void refreshTrend();

    std::vector<LoadedRun> m_runs; // the first is the base
    QStringList m_pending;         // files still to load
    std::unique_ptr<ImportJob> m_job;
    QProgressDialog *m_progress = nullptr;
    std::vector<std::pair<int, int>> m_pairs; // of the base and the run compared
    RunComparison m_comparison;

    QTabWidget *m_tabs = nullptr;
    QListWidget *m_runList = nullptr;
    QPushButton *m_makeBase = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_exportPdf = nullptr;
    // Phases
    QComboBox *m_phasesRun = nullptr;
    PhaseResultModel *m_phaseModel = nullptr;
    QLabel *m_knee = nullptr;
    QLabel *m_missing = nullptr;
    ScalabilityChart *m_scalability = nullptr;
    // Runs
    QComboBox *m_otherRun = nullptr;
    QComboBox *m_basePhase = nullptr;
    QComboBox *m_otherPhase = nullptr;
    ComparisonModel *m_comparisonModel = nullptr;
    QLabel *m_unpaired = nullptr;
    QLabel *m_significanceNote = nullptr;
    PercentileSpectrumChart *m_spectra = nullptr;
    TimeSeriesChart *m_timelines = nullptr;
    QLineSeries *m_baseTimeline = nullptr;
    QLineSeries *m_otherTimeline = nullptr;
    // History
    QLabel *m_workspaceLabel = nullptr;
    HistoryModel *m_historyModel = nullptr;
    QTableView *m_historyView = nullptr;
    QComboBox *m_trendPhase = nullptr;
    QComboBox *m_trendMetric = nullptr;
    TrendChart *m_trend = nullptr;
};

} // namespace ls
