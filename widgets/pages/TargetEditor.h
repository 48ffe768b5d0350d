#pragma once
// The Targets section: goal and critical level per metric, plan-wide and per phase in one table, with
// buttons to return a phase cell to "inherit", to switch a plan target off for a phase, and to remove a plan
// target; and the "stop the run when a metric stays critical" setting.

#include "FormSupport.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ls {

class PlanDocument;
class TargetTableModel;

class TargetEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TargetEditor(PlanDocument *document, QWidget *parent = nullptr);

    TargetTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void selectCell(int row, int column);

private:
    QWidget *buildAbortRow();
    void inheritCurrent();
    void toggleOffCurrent();
    void clearCurrent(); // Delete: plan cell removes the target, phase cell inherits
    void updateButtons();
    void refreshAbort();

    PlanDocument *m_document;
    EditSession m_session;
    TargetTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_inherit;
    QPushButton *m_switchOff;
    QPushButton *m_removePlanTarget;
    QCheckBox *m_abort;
    QComboBox *m_abortMetric;
    QDoubleSpinBox *m_abortWindow;
    QLabel *m_abortProblem;
};

} // namespace ls
