#pragma once
// The Phases section: the phase table with add, duplicate, remove, reorder and the seed's five load levels as
// a one-click preset; the selected phase's description (its expected results); the pause between phases; and
// the planning estimate.

#include "FormSupport.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ls {

class EstimatePanel;
class PhaseTableModel;
class PlanDocument;
class TableRowButtons;

class PhaseEditor : public QWidget
{
    Q_OBJECT
public:
    static const QString seedPlanResource; // ":/plans/askproai.json": the seed's plan, bundled with the core

    explicit PhaseEditor(PlanDocument *document, QWidget *parent = nullptr);

    PhaseTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    EstimatePanel *estimatePanel() const { return m_estimate; }
    int selectedPhase() const; // -1 when none
    QString selectedPhaseName() const;
    void selectPhase(int row);
    // Replaces the phases by those of the seed plan (one undo step); false with *error when it cannot be read.
    bool applySeedPreset(QString *error = nullptr);

Q_SIGNALS:
    void selectedPhaseChanged(const QString &name);

private:
    void refresh();          // description and pause from the document, and the selected phase's name
    void noteSelection();    // emits selectedPhaseChanged when the selected phase's name changed
    void restoreSelection(); // after a model reset

    PlanDocument *m_document;
    EditSession m_session;
    PhaseTableModel *m_model;
    QTableView *m_table;
    TableRowButtons *m_rowButtons;
    QPushButton *m_seedPreset;
    QLabel *m_presetProblem;
    QLabel *m_descriptionLabel;
    QPlainTextEdit *m_description;
    QDoubleSpinBox *m_pause;
    EstimatePanel *m_estimate;
    int m_lastRow = -1;
    QString m_selectedName;
};

} // namespace ls
