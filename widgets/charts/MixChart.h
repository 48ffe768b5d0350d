#pragma once
// The scenario mix as a pie: each scenario's normalised share of the requests (Plan::scenarioShares()),
// redrawn as weights change. The legend names each slice with its share, so no colour has to be decoded.

#include <QList>
#include <QPair>
#include <QWidget>

class QChart;
class QChartView;
class QPieSeries;

namespace ls {

class PlanDocument;

class MixChart : public QWidget
{
    Q_OBJECT
public:
    explicit MixChart(PlanDocument *document, QWidget *parent = nullptr);

    // What the chart shows: scenario name and share in percent, in plan order (for tests; the accessible
    // description says the same).
    QList<QPair<QString, double>> shownShares() const;

private:
    void refresh();

    PlanDocument *m_document;
    QChartView *m_view;
    QChart *m_chart;
    QPieSeries *m_series;
    QList<QPair<QString, double>> m_shown;
};

} // namespace ls
