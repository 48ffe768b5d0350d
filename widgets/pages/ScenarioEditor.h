#pragma once
// The Scenarios section: the scenario table (name, method, path, weight, share, expected status) with add,
// duplicate, remove and reorder, the mix chart of the shares, and the details of the selected scenario.

#include <QWidget>

class QTableView;

namespace ls {

class MixChart;
class PlanDocument;
class ScenarioDetails;
class ScenarioTableModel;
class TableRowButtons;

class ScenarioEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioEditor(PlanDocument *document, QWidget *parent = nullptr);

    ScenarioTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MixChart *mixChart() const { return m_chart; }
    ScenarioDetails *details() const { return m_details; }
    int selectedScenario() const; // -1 when none
    void selectScenario(int row);

private:
    void restoreSelection(); // after a reset (undo of an add or remove): the same row, or the last one

    PlanDocument *m_document;
    ScenarioTableModel *m_model;
    QTableView *m_table;
    TableRowButtons *m_rowButtons;
    MixChart *m_chart;
    ScenarioDetails *m_details;
    int m_lastRow = -1;
};

} // namespace ls
