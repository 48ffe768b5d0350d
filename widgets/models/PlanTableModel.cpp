#include "PlanTableModel.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStyle>

#include <cmath>

namespace ls {

PlanTableModel::PlanTableModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(m_document, &PlanDocument::planChanged, this, &PlanTableModel::followDocument);
    // Structural edits announced with begin/end calls change the shape the views know.
    connect(this, &QAbstractItemModel::rowsInserted, this, &PlanTableModel::rememberShape);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &PlanTableModel::rememberShape);
    connect(this, &QAbstractItemModel::rowsMoved, this, &PlanTableModel::rememberShape);
    connect(this, &QAbstractItemModel::columnsInserted, this, &PlanTableModel::rememberShape);
    connect(this, &QAbstractItemModel::columnsRemoved, this, &PlanTableModel::rememberShape);
}

QString PlanTableModel::formatNumber(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

std::optional<double> PlanTableModel::toNumber(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int ||
        value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::UInt ||
        value.typeId() == QMetaType::Float) {
        return value.toDouble();
    }
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    const QString text = value.toString().trimmed();
    bool ok = false;
    double number = QLocale().toDouble(text, &ok);
    if (!ok)
        number = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

QString PlanTableModel::uniqueName(const QString &base, const QStringList &taken)
{
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1Char(' ') + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QColor PlanTableModel::problemTint(const Diagnostics &problems)
{
    if (problems.empty())
        return {};
    return hasErrors(problems) ? QColor(220, 40, 40, 70) : QColor(240, 170, 0, 70);
}

QString PlanTableModel::problemText(const Diagnostics &problems)
{
    QStringList lines;
    for (const Diagnostic &d : problems) {
        const QString severity = d.severity == Diagnostic::Severity::Error ? tr("Error: %1") : tr("Warning: %1");
        lines << severity.arg(d.message);
    }
    return lines.join(QLatin1Char('\n'));
}

void PlanTableModel::commit(const Plan &changed, const QString &what, int mergeId)
{
    m_document->setPlan(changed, what, mergeId);
}

void PlanTableModel::commitStructural(const Plan &changed, const QString &what)
{
    m_inStructuralEdit = true;
    m_document->setPlan(changed, what);
    m_inStructuralEdit = false;
}

QVariant PlanTableModel::problemData(const Diagnostics &problems, int role) const
{
    if (problems.empty())
        return role == HasErrorRole ? QVariant(false) : QVariant();
    switch (role) {
    case Qt::BackgroundRole:
        return problemTint(problems);
    case Qt::ToolTipRole:
    case DiagnosticRole:
        return problemText(problems);
    case HasErrorRole:
        return hasErrors(problems);
    case Qt::DecorationRole:
        // An icon as well as the tint: the problem must not be told by colour alone.
        if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
            return QApplication::style()->standardIcon(hasErrors(problems) ? QStyle::SP_MessageBoxCritical
                                                                           : QStyle::SP_MessageBoxWarning);
        }
        return {};
    default:
        return {};
    }
}

Diagnostics PlanTableModel::problemsAt(const QStringList &paths) const
{
    Diagnostics out;
    for (const QString &path : paths) {
        const Diagnostics found = m_document->diagnosticsFor(path);
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

Diagnostics PlanTableModel::problemsExactlyAt(const QString &path) const
{
    Diagnostics out;
    for (const Diagnostic &d : m_document->diagnostics()) {
        if (d.jsonPath == path)
            out.push_back(d);
    }
    return out;
}

void PlanTableModel::resetFromDocument()
{
    beginResetModel();
    endResetModel();
    rememberShape();
}

void PlanTableModel::rememberShape()
{
    m_knownRows = rowCount();
    m_knownColumns = columnCount();
}

void PlanTableModel::followDocument()
{
    if (m_inStructuralEdit) // announced by the caller with begin/end calls around the commit
        return;
    if (rowCount() != m_knownRows || columnCount() != m_knownColumns) {
        resetFromDocument();
        return;
    }
    // Same shape: update in place, so the views keep their selection and current cell.
    if (m_knownRows > 0 && m_knownColumns > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_knownRows - 1, m_knownColumns - 1));
    if (m_knownColumns > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_knownColumns - 1);
    if (m_knownRows > 0)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, m_knownRows - 1);
}

} // namespace ls
