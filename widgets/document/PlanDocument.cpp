#include "PlanDocument.h"

#include "PlanJson.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QUndoCommand>

namespace ls {

// One edit: the whole plan before and after. Plans are small, so snapshots keep undo simple and exact.
class PlanEditCommand : public QUndoCommand
{
public:
    PlanEditCommand(PlanDocument *document, Plan before, Plan after, const QString &what, int mergeId)
        : QUndoCommand(what), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
          m_mergeId(mergeId)
    {}
    void undo() override { m_document->applyFromUndo(m_before); }
    void redo() override { m_document->applyFromUndo(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != m_mergeId || m_mergeId < 0)
            return false;
        m_after = static_cast<const PlanEditCommand *>(other)->m_after;
        return true;
    }

private:
    PlanDocument *m_document;
    Plan m_before;
    Plan m_after;
    int m_mergeId;
};

PlanDocument::PlanDocument(QObject *parent) : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    revalidate();
}

void PlanDocument::setPlan(const Plan &plan, const QString &what, int mergeId)
{
    if (plan == m_plan)
        return;
    m_undo.push(new PlanEditCommand(this, m_plan, plan, what, mergeId));
}

void PlanDocument::applyFromUndo(const Plan &plan)
{
    m_plan = plan;
    revalidate();
    Q_EMIT planChanged();
}

void PlanDocument::reset(const Plan &plan, const QString &filePath)
{
    const bool wasModified = isModified();
    m_undo.clear();
    m_dirtyWithoutUndo = false;
    m_plan = plan;
    revalidate();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged(m_filePath);
    }
    Q_EMIT planChanged();
    if (wasModified)
        Q_EMIT modifiedChanged(false);
}

void PlanDocument::markModified()
{
    const bool was = isModified();
    m_dirtyWithoutUndo = true;
    if (!was)
        Q_EMIT modifiedChanged(true);
}

bool PlanDocument::load(const QString &path, QString *error)
{
    const PlanParseResult result = loadPlanFile(path);
    if (!result.plan) {
        if (error) {
            QStringList lines;
            for (const Diagnostic &d : result.diagnostics) {
                if (d.severity == Diagnostic::Severity::Error)
                    lines << d.toString();
            }
            *error = lines.join(QLatin1Char('\n'));
        }
        return false;
    }
    reset(*result.plan, path);
    return true;
}

bool PlanDocument::save(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    file.write(planToJsonText(m_plan));
    if (!file.commit()) {
        if (error)
            *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    m_undo.setClean();
    m_dirtyWithoutUndo = false;
    if (m_filePath != path) {
        m_filePath = path;
        Q_EMIT filePathChanged(m_filePath);
    }
    Q_EMIT modifiedChanged(false);
    return true;
}

QString PlanDocument::displayName() const
{
    if (!m_plan.name.isEmpty())
        return m_plan.name;
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return tr("Untitled");
}

void PlanDocument::revalidate()
{
    // The same rules as for plan files: the plan is written out and read back, so the GUI and the CLI can
    // never disagree about what is valid.
    const PlanParseResult result = parsePlan(planToJsonText(m_plan));
    m_diagnostics = result.diagnostics;
}

bool PlanDocument::hasErrors() const
{
    return ls::hasErrors(m_diagnostics);
}

QString PlanDocument::firstError() const
{
    for (const Diagnostic &d : m_diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return d.jsonPath.isEmpty() ? d.message : d.jsonPath + QStringLiteral(": ") + d.message;
    }
    return {};
}

Diagnostics PlanDocument::diagnosticsFor(const QString &pathPrefix) const
{
    Diagnostics out;
    for (const Diagnostic &d : m_diagnostics) {
        if (d.jsonPath == pathPrefix || d.jsonPath.startsWith(pathPrefix + QLatin1Char('.')) ||
            d.jsonPath.startsWith(pathPrefix + QLatin1Char('[')))
            out.push_back(d);
    }
    return out;
}

} // namespace ls
