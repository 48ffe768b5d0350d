#pragma once
// The plan being edited in the desktop app: the core Plan plus its file, undo history, modified state and
// the validation problems of its current state. Every edit goes through setPlan(), which records an undo step.

#include "Diagnostic.h"
#include "Plan.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace ls {

class PlanDocument : public QObject
{
    Q_OBJECT
public:
    explicit PlanDocument(QObject *parent = nullptr);

    const Plan &plan() const { return m_plan; }
    // Replaces the plan as one undoable step named `what` ("Change weight of Health Check").
    // Consecutive edits with the same non-negative mergeId (e.g. typing in one field) merge into one step.
    void setPlan(const Plan &plan, const QString &what, int mergeId = -1);
    // Starts over with `plan` (no undo history); filePath may be empty for an unsaved plan.
    void reset(const Plan &plan, const QString &filePath = {});

    // Marks the plan as changed without an undo step (e.g. a plan restored after a crash).
    void markModified();

    bool load(const QString &path, QString *error);
    bool save(const QString &path, QString *error); // atomic; the document becomes clean
    QString filePath() const { return m_filePath; }
    QString displayName() const; // the plan's name, or the file name, or "Untitled"
    bool isModified() const { return !m_undo.isClean() || m_dirtyWithoutUndo; }
    QUndoStack *undoStack() { return &m_undo; }

    // Validation of the current state, with the JSON paths of the plan format (e.g. "phases[2].users").
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;
    // The first error, phrased for a tooltip ("phases[2].users: must be a positive integer"); empty if none.
    QString firstError() const;
    // Problems whose JSON path starts with prefix (e.g. "scenarios[1]").
    Diagnostics diagnosticsFor(const QString &pathPrefix) const;

Q_SIGNALS:
    void planChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    friend class PlanEditCommand;
    void applyFromUndo(const Plan &plan);
    void revalidate();

    Plan m_plan;
    QString m_filePath;
    QUndoStack m_undo;
    Diagnostics m_diagnostics;
    bool m_dirtyWithoutUndo = false;
};

} // namespace ls
