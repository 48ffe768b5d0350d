#include "TargetTableModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace ls {

namespace {

std::optional<Target> findTarget(const std::vector<Target> &targets, Metric metric)
{
    const auto it = std::find_if(targets.begin(), targets.end(), [&](const Target &t) { return t.metric == metric; });
    return it == targets.end() ? std::nullopt : std::optional<Target>(*it);
}

void removeTarget(std::vector<Target> &targets, Metric metric)
{
    std::erase_if(targets, [&](const Target &t) { return t.metric == metric; });
}

// Keeps the canonical order (that of allMetrics), as plans read from files have it.
void putTarget(std::vector<Target> &targets, const Target &target)
{
    removeTarget(targets, target.metric);
    targets.push_back(target);
    std::sort(targets.begin(), targets.end(), [](const Target &a, const Target &b) { return a.metric < b.metric; });
}

bool isOffText(const QVariant &value)
{
    const QString text = value.toString().trimmed();
    return text.compare(QStringLiteral("off"), Qt::CaseInsensitive) == 0 ||
           text.compare(TargetTableModel::tr("off"), Qt::CaseInsensitive) == 0;
}

bool isEmptyText(const QVariant &value)
{
    return !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
}

} // namespace

TargetTableModel::TargetTableModel(PlanDocument *document, QObject *parent) : PlanTableModel(document, parent)
{
    rememberShape();
}

int TargetTableModel::phaseOfColumn(int column)
{
    return column >= FirstPhaseColumn ? (column - FirstPhaseColumn) / 2 : -1;
}

bool TargetTableModel::isGoalColumn(int column)
{
    if (column == PlanGoalColumn)
        return true;
    return column >= FirstPhaseColumn && (column - FirstPhaseColumn) % 2 == 0;
}

int TargetTableModel::goalColumnOfPhase(int phase)
{
    return FirstPhaseColumn + 2 * phase;
}

QString TargetTableModel::metricLabel(Metric metric) const
{
    const bool higher = metricInfo(metric).higherIsBetter;
    QString name;
    switch (metric) {
    case Metric::SuccessRate:
        name = tr("Success rate (%)");
        break;
    case Metric::ErrorRate:
        name = tr("Error rate (%)");
        break;
    case Metric::AvgMs:
        name = tr("Average latency (ms)");
        break;
    case Metric::P50Ms:
        name = tr("p50 latency (ms)");
        break;
    case Metric::P95Ms:
        name = tr("p95 latency (ms)");
        break;
    case Metric::P99Ms:
        name = tr("p99 latency (ms)");
        break;
    case Metric::ThroughputRps:
        name = tr("Throughput (req/s)");
        break;
    }
    // The arrow says which way is better, so the goal/critical order reads right.
    return name + (higher ? QStringLiteral(" \u2191") : QStringLiteral(" \u2193"));
}

Metric TargetTableModel::metricOfRow(int row) const
{
    return allMetrics().at(size_t(row)).metric;
}

std::optional<Target> TargetTableModel::planTarget(Metric metric) const
{
    return findTarget(plan().targets, metric);
}

std::optional<Target> TargetTableModel::phaseOverride(int phase, Metric metric) const
{
    return findTarget(plan().phases.at(size_t(phase)).targets, metric);
}

bool TargetTableModel::isOff(int phase, Metric metric) const
{
    const std::vector<Metric> &off = plan().phases.at(size_t(phase)).disabledTargets;
    return std::find(off.begin(), off.end(), metric) != off.end();
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(allMetrics().size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstPhaseColumn + 2 * int(plan().phases.size());
}

TargetTableModel::CellState TargetTableModel::cellState(const QModelIndex &index) const
{
    const Metric metric = metricOfRow(index.row());
    const int phase = phaseOfColumn(index.column());
    if (index.column() == MetricColumn)
        return CellState::NoTarget;
    if (phase < 0)
        return planTarget(metric) ? CellState::PlanValue : CellState::NoTarget;
    if (phaseOverride(phase, metric))
        return CellState::Override;
    if (isOff(phase, metric))
        return CellState::Off;
    return planTarget(metric) ? CellState::Inherited : CellState::NoTarget;
}

Diagnostics TargetTableModel::cellProblems(int row, int column) const
{
    if (column == MetricColumn)
        return {};
    const int phase = phaseOfColumn(column);
    const QString targets =
        phase < 0 ? QStringLiteral("targets")
                  : jsonPathChild(jsonPathIndex(QStringLiteral("phases"), phase), QStringLiteral("targets"));
    const QString path = jsonPathChild(targets, QString::fromLatin1(metricInfo(metricOfRow(row)).key));
    // goal/critical problems are on the value; "goal must not be above critical" on the target itself.
    Diagnostics problems = problemsExactlyAt(path);
    const Diagnostics own =
        problemsAt({jsonPathChild(path, isGoalColumn(column) ? QStringLiteral("goal") : QStringLiteral("critical"))});
    problems.insert(problems.end(), own.begin(), own.end());
    return problems;
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Metric metric = metricOfRow(index.row());
    const int column = index.column();
    const int phase = phaseOfColumn(column);
    if (role == MetricRole)
        return int(metric);
    if (role == PhaseRole)
        return phase;
    if (column == MetricColumn) {
        if (role == Qt::DisplayRole)
            return metricLabel(metric);
        if (role == Qt::ToolTipRole)
            return metricInfo(metric).higherIsBetter
                       ? tr("Higher is better: the goal must not be below the critical level.")
                       : tr("Lower is better: the goal must not be above the critical level.");
        return {};
    }

    const CellState state = cellState(index);
    if (role == CellStateRole)
        return int(state);
    if (const QVariant v = problemData(cellProblems(index.row(), column), role); v.isValid())
        return v;

    const bool goal = isGoalColumn(column);
    std::optional<Target> shown = phase < 0 ? planTarget(metric) : phaseOverride(phase, metric);
    if (state == CellState::Inherited)
        shown = planTarget(metric);
    const QString phaseName = phase >= 0 ? plan().phases.at(size_t(phase)).name : QString();

    switch (role) {
    case Qt::DisplayRole:
        if (state == CellState::Off)
            return tr("off");
        if (!shown)
            return tr("—");
        return formatNumber(goal ? shown->goal : shown->critical);
    case Qt::EditRole:
        // Text, not a number: the cell editor is a line edit, so a value can also be deleted ("inherit") or
        // replaced by "off".
        if (!shown || state == CellState::Off)
            return QString();
        return formatNumber(goal ? shown->goal : shown->critical);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (state == CellState::Inherited || state == CellState::Off) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (state == CellState::Override) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (state == CellState::Inherited || state == CellState::Off || state == CellState::NoTarget)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case Qt::ToolTipRole:
        switch (state) {
        case CellState::NoTarget:
            return phase < 0 ? tr("No plan target: type a value to set one.")
                             : tr("No target: type a value to judge %1 by this metric.").arg(phaseName);
        case CellState::PlanValue:
            return tr("Plan target, for every phase that does not override it. Delete to remove it.");
        case CellState::Inherited:
            return tr("Inherited from the plan. Type a value to override it for %1.").arg(phaseName);
        case CellState::Override:
            return planTarget(metric) ? tr("%1's own target, overriding the plan's (%2). Delete to inherit again.")
                                            .arg(phaseName, formatNumber(goal ? planTarget(metric)->goal
                                                                              : planTarget(metric)->critical))
                                      : tr("%1's own target. Delete to remove it.").arg(phaseName);
        case CellState::Off:
            return tr("The plan's target is switched off for %1: not judged. Delete to inherit it again.")
                .arg(phaseName);
        }
        break;
    case Qt::AccessibleTextRole: {
        const QString value = shown ? formatNumber(goal ? shown->goal : shown->critical) : QString();
        switch (state) {
        case CellState::Inherited:
            return tr("%1, inherited from the plan").arg(value);
        case CellState::Override:
            return tr("%1, overridden for this phase").arg(value);
        case CellState::Off:
            return tr("off for this phase");
        case CellState::NoTarget:
            return tr("no target");
        case CellState::PlanValue:
            return value;
        }
        break;
    }
    }
    return {};
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return {};
    const int phase = phaseOfColumn(section);
    if (section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole) {
        if (section == MetricColumn)
            return tr("Metric");
        const QString owner = phase < 0 ? tr("Plan") : plan().phases.at(size_t(phase)).name;
        // Two lines: the phase name above, goal or critical below.
        return isGoalColumn(section) ? tr("%1\ngoal").arg(owner) : tr("%1\ncritical").arg(owner);
    }
    if (role == Qt::ToolTipRole && section != MetricColumn) {
        return isGoalColumn(section) ? tr("Goal: meeting it is PASS.")
                                     : tr("Critical: beyond it is FAIL; between goal and critical is WARN.");
    }
    return {};
}

Qt::ItemFlags TargetTableModel::flags(const QModelIndex &index) const
{
    // The root's flags are a legitimate question (views ask it when dropping); only a wrong cell is a bug.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != MetricColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TargetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() == MetricColumn)
        return false;
    const Metric metric = metricOfRow(index.row());
    const int phase = phaseOfColumn(index.column());
    if (role == CellStateRole)
        return phase >= 0 && setPhaseState(phase, metric, CellState(value.toInt()));
    if (role != Qt::EditRole)
        return false;
    if (phase < 0)
        return setPlanValue(metric, isGoalColumn(index.column()), value);
    if (isOffText(value))
        return setPhaseState(phase, metric, CellState::Off);
    return setPhaseValue(phase, metric, isGoalColumn(index.column()), value);
}

bool TargetTableModel::setPlanValue(Metric metric, bool goal, const QVariant &value)
{
    Plan changed = plan();
    const QString key = QString::fromLatin1(metricInfo(metric).key);
    if (isEmptyText(value)) {
        if (!planTarget(metric))
            return true;
        removeTarget(changed.targets, metric);
        // A phase cannot switch off a target the plan no longer has.
        for (Phase &p : changed.phases)
            std::erase(p.disabledTargets, metric);
        commit(changed, tr("Remove plan target %1").arg(key));
        return true;
    }
    const std::optional<double> number = toNumber(value);
    if (!number || *number < 0)
        return false;
    // A new target starts with goal = critical (no WARN band); the other level is set next.
    Target target = planTarget(metric).value_or(Target{metric, *number, *number});
    (goal ? target.goal : target.critical) = *number;
    putTarget(changed.targets, target);
    commit(changed, goal ? tr("Change plan goal of %1").arg(key) : tr("Change plan critical level of %1").arg(key));
    return true;
}

bool TargetTableModel::setPhaseValue(int phase, Metric metric, bool goal, const QVariant &value)
{
    if (isEmptyText(value))
        return setPhaseState(phase, metric, CellState::Inherited);
    const std::optional<double> number = toNumber(value);
    if (!number || *number < 0)
        return false;
    Plan changed = plan();
    Phase &p = changed.phases.at(size_t(phase));
    // An override starts from what the phase had in force: its own target, else the plan's.
    Target target =
        phaseOverride(phase, metric).value_or(planTarget(metric).value_or(Target{metric, *number, *number}));
    (goal ? target.goal : target.critical) = *number;
    putTarget(p.targets, target);
    std::erase(p.disabledTargets, metric);
    const QString key = QString::fromLatin1(metricInfo(metric).key);
    commit(changed, goal ? tr("Change goal of %1 in %2").arg(key, p.name)
                         : tr("Change critical level of %1 in %2").arg(key, p.name));
    return true;
}

bool TargetTableModel::setPhaseState(int phase, Metric metric, CellState state)
{
    Plan changed = plan();
    Phase &p = changed.phases.at(size_t(phase));
    const QString key = QString::fromLatin1(metricInfo(metric).key);
    QString what;
    switch (state) {
    case CellState::Inherited:
        removeTarget(p.targets, metric);
        std::erase(p.disabledTargets, metric);
        what = tr("Inherit %1 in %2").arg(key, p.name);
        break;
    case CellState::Off:
        if (!planTarget(metric))
            return false; // only a plan target can be switched off
        removeTarget(p.targets, metric);
        if (!isOff(phase, metric)) {
            p.disabledTargets.push_back(metric);
            std::sort(p.disabledTargets.begin(), p.disabledTargets.end());
        }
        what = tr("Switch off %1 in %2").arg(key, p.name);
        break;
    case CellState::Override: {
        if (phaseOverride(phase, metric))
            return true;
        const std::optional<Target> inherited = planTarget(metric);
        if (!inherited)
            return false; // nothing to start from: type a value instead
        putTarget(p.targets, *inherited);
        std::erase(p.disabledTargets, metric);
        what = tr("Override %1 in %2").arg(key, p.name);
        break;
    }
    default:
        return false;
    }
    commit(changed, what);
    return true;
}

} // namespace ls
