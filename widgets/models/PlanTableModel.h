#pragma once
// Base of the table models over a PlanDocument: they read document->plan(), write by building a modified plan
// and calling PlanDocument::setPlan() (one undo step per edit), and follow planChanged (undo, redo, edits made
// elsewhere) with dataChanged while the table keeps its shape, and a reset when it does not. Cells the plan's
// validation complains about are tinted, carry an icon and explain the problem in their tooltip.

#include "Diagnostic.h"
#include "PlanDocument.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

#include <optional>

namespace ls {

class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Roles every plan model answers; models add their own from FirstCustomRole on.
    enum Role
    {
        DiagnosticRole = Qt::UserRole + 1, // QString: the cell's problems, one per line; empty when none
        HasErrorRole,                      // bool: the cell has an error (not only warnings)
        // Hints for PlanItemDelegate's editors:
        EditorMinimumRole,  // double
        EditorMaximumRole,  // double
        EditorDecimalsRole, // int; 0 for integers
        EditorSuffixRole,   // QString, e.g. " s"
        EditorChoicesRole,  // QStringList: the editor is a combo box; EditRole is then the index or the text
        FirstCustomRole = Qt::UserRole + 32,
    };

    PlanDocument *document() const { return m_document; }

    // Numbers as the tables show them: locale digits, no exponent, no trailing zeros ("0.5", "1500").
    static QString formatNumber(double value);
    // A number typed in a cell (a double, an int, or text in the locale's or in C format); nullopt otherwise.
    static std::optional<double> toNumber(const QVariant &value);
    // The first of "base", "base 2", "base 3", ... not in taken.
    static QString uniqueName(const QString &base, const QStringList &taken);

    // Tint for cells and fields with problems; translucent, so it reads on light and dark palettes.
    static QColor problemTint(const Diagnostics &problems);
    // "Error: must start with "/"…", one line per problem.
    static QString problemText(const Diagnostics &problems);

protected:
    PlanTableModel(PlanDocument *document, QObject *parent);

    const Plan &plan() const { return m_document->plan(); }
    // Records `changed` as one undo step; the model updates itself when the document reports the change.
    void commit(const Plan &changed, const QString &what, int mergeId = -1);
    // Wraps a commit the caller announces itself (beginInsertRows() ... endInsertRows()), so the document's
    // planChanged does not also reset the model.
    void commitStructural(const Plan &changed, const QString &what);

    // Background, tooltip, icon, DiagnosticRole and HasErrorRole of a cell with these problems; an invalid
    // QVariant for other roles, or when there are no problems (then the caller answers).
    QVariant problemData(const Diagnostics &problems, int role) const;
    // Problems of the document whose JSON path is one of paths or lies below it.
    Diagnostics problemsAt(const QStringList &paths) const;
    // Problems about exactly this path (not below it), e.g. "phases[2]" for "set users or arrival_rate".
    Diagnostics problemsExactlyAt(const QString &path) const;

    // Subclasses whose shape depends on something other than the plan (HeaderTableModel's scenario) call this
    // after changing it; the model resets.
    void resetFromDocument();
    // Subclasses call this at the end of their constructor, once rowCount() and columnCount() work.
    void rememberShape();

private:
    void followDocument();

    PlanDocument *m_document;
    int m_knownRows = -1; // the shape the views know, to tell an update from a reset
    int m_knownColumns = -1;
    bool m_inStructuralEdit = false;
};

} // namespace ls
