#include "PhaseTableModel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ls {

PhaseTableModel::PhaseTableModel(PlanDocument *document, QObject *parent) : PlanTableModel(document, parent)
{
    rememberShape();
}

int PhaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(plan().phases.size());
}

int PhaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PhaseTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case ModelColumn:
        return tr("Model");
    case LoadColumn:
        return tr("Users or rate");
    case MaxUsersColumn:
        return tr("Max users");
    case RampUpColumn:
        return tr("Ramp-up (s)");
    case DurationColumn:
        return tr("Duration (s)");
    case ThinkMinColumn:
        return tr("Think min (ms)");
    case ThinkMaxColumn:
        return tr("Think max (ms)");
    case GracefulStopColumn:
        return tr("Graceful stop (s)");
    default:
        return {};
    }
}

bool PhaseTableModel::columnApplies(const Phase &phase, int column) const
{
    if (column == MaxUsersColumn)
        return phase.model == LoadModel::Open;
    if (column == ThinkMinColumn || column == ThinkMaxColumn)
        return phase.model == LoadModel::Closed;
    return true;
}

Diagnostics PhaseTableModel::cellProblems(int row, int column) const
{
    const QString base = jsonPathIndex(QStringLiteral("phases"), row);
    auto at = [&](const char *key) { return jsonPathChild(base, QString::fromLatin1(key)); };
    switch (column) {
    case NameColumn:
        return problemsAt({at("name"), at("description")});
    case ModelColumn:
    case LoadColumn: {
        // "set either users or arrival_rate" is about the phase object itself.
        Diagnostics problems = problemsAt({at("users"), at("arrival_rate")});
        const Diagnostics own = problemsExactlyAt(base);
        problems.insert(problems.end(), own.begin(), own.end());
        return column == LoadColumn ? problems : own;
    }
    case MaxUsersColumn:
        return problemsAt({at("max_users")});
    case RampUpColumn:
        return problemsAt({at("ramp_up_s")});
    case DurationColumn:
        return problemsAt({at("duration_s")});
    case ThinkMinColumn:
    case ThinkMaxColumn:
        return problemsAt({at("think_time_ms")});
    case GracefulStopColumn:
        return problemsAt({at("graceful_stop_s")});
    default:
        return {};
    }
}

QVariant PhaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Phase &p = plan().phases.at(size_t(index.row()));
    const int column = index.column();
    const bool closed = p.model == LoadModel::Closed;
    if (role == LoadModelRole)
        return int(p.model);
    if (role == PhaseNameRole)
        return p.name;

    if (const QVariant v = problemData(cellProblems(index.row(), column), role); v.isValid())
        return v;

    if (!columnApplies(p, column)) {
        if (role == Qt::DisplayRole)
            return tr("—");
        if (role == Qt::ToolTipRole)
            return column == MaxUsersColumn ? tr("Only used with the open model (arrival rate).")
                                            : tr("Only used with the closed model (users).");
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    }

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const bool edit = role == Qt::EditRole;
        switch (column) {
        case NameColumn:
            return p.name;
        case ModelColumn:
            if (edit)
                return int(p.model);
            return closed ? tr("Closed") : tr("Open");
        case LoadColumn:
            if (closed)
                return edit ? QVariant(p.users) : QVariant(tr("%n user(s)", nullptr, p.users));
            return edit ? QVariant(p.arrivalRate) : QVariant(tr("%1 req/s").arg(formatNumber(p.arrivalRate)));
        case MaxUsersColumn:
            return edit ? QVariant(p.maxUsers) : QVariant(QString::number(p.maxUsers));
        case RampUpColumn:
            return edit ? QVariant(p.rampUpS) : QVariant(formatNumber(p.rampUpS));
        case DurationColumn:
            return edit ? QVariant(p.durationS) : QVariant(formatNumber(p.durationS));
        case ThinkMinColumn:
            return edit ? QVariant(p.thinkTimeMinMs) : QVariant(formatNumber(p.thinkTimeMinMs));
        case ThinkMaxColumn:
            return edit ? QVariant(p.thinkTimeMaxMs) : QVariant(formatNumber(p.thinkTimeMaxMs));
        case GracefulStopColumn:
            return edit ? QVariant(p.gracefulStopS) : QVariant(formatNumber(p.gracefulStopS));
        }
        break;
    }
    case Qt::TextAlignmentRole:
        if (column != NameColumn && column != ModelColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == ModelColumn)
            return closed ? tr("Closed model: a fixed number of virtual users, each sending its next request "
                               "after the previous one finished and the think time passed.")
                          : tr("Open model: requests arrive at a fixed rate, whatever the server does.");
        if (!p.description.isEmpty() && column == NameColumn)
            return p.description;
        break;
    case EditorChoicesRole:
        if (column == ModelColumn)
            return QStringList{tr("Closed (users)"), tr("Open (arrival rate)")};
        break;
    case EditorMinimumRole:
        if (column == LoadColumn)
            return closed ? 1.0 : 0.01;
        if (column == MaxUsersColumn)
            return 1.0;
        return 0.0;
    case EditorMaximumRole:
        if (column == LoadColumn || column == MaxUsersColumn)
            return 1e6;
        return 1e7;
    case EditorDecimalsRole:
        if ((column == LoadColumn && closed) || column == MaxUsersColumn)
            return 0;
        return column == ThinkMinColumn || column == ThinkMaxColumn ? 0 : 2;
    case EditorSuffixRole:
        if (column == RampUpColumn || column == DurationColumn || column == GracefulStopColumn)
            return tr(" s");
        if (column == ThinkMinColumn || column == ThinkMaxColumn)
            return tr(" ms");
        if (column == LoadColumn)
            return closed ? tr(" users") : tr(" req/s");
        break;
    }
    return {};
}

QVariant PhaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LoadColumn:
            return tr("Closed model: the number of virtual users. Open model: requests per second.");
        case MaxUsersColumn:
            return tr("Open model: requests in flight at most; an arrival finding all busy is dropped.");
        case RampUpColumn:
            return tr("Seconds over which the load rises to its full level.");
        case DurationColumn:
            return tr("Seconds of full load after the ramp-up.");
        case ThinkMinColumn:
        case ThinkMaxColumn:
            return tr("Closed model: a user's pause between a response and its next request, uniformly random "
                      "between min and max (equal for a fixed pause).");
        case GracefulStopColumn:
            return tr("Requests still in flight when the phase ends get this long to finish.");
        }
    }
    return {};
}

Qt::ItemFlags PhaseTableModel::flags(const QModelIndex &index) const
{
    // The root's flags are a legitimate question (views ask it when dropping); only a wrong cell is a bug.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (columnApplies(plan().phases.at(size_t(index.row())), index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool PhaseTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Plan changed = plan();
    Phase &p = changed.phases.at(size_t(index.row()));
    const int column = index.column();
    if (!columnApplies(p, column))
        return false;

    if (column == NameColumn) {
        p.name = value.toString().trimmed();
    } else if (column == ModelColumn) {
        std::optional<LoadModel> model;
        const QString text = value.toString().trimmed().toLower();
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            if (value.toInt() == int(LoadModel::Closed) || value.toInt() == int(LoadModel::Open))
                model = LoadModel(value.toInt());
        } else if (text == QStringLiteral("closed") || text == tr("Closed").toLower()) {
            model = LoadModel::Closed;
        } else if (text == QStringLiteral("open") || text == tr("Open").toLower()) {
            model = LoadModel::Open;
        }
        if (!model)
            return false;
        p.model = *model;
        // Switching gives the other model's fields usable values, so the phase stays valid.
        if (p.model == LoadModel::Open) {
            if (p.arrivalRate <= 0)
                p.arrivalRate = p.users > 0 ? p.users : 10;
            if (p.maxUsers <= 0)
                p.maxUsers = std::max(100, p.users);
        } else if (p.users <= 0) {
            p.users = 10;
        }
    } else {
        const std::optional<double> number = toNumber(value);
        if (!number || *number < 0)
            return false;
        const bool integral = std::floor(*number) == *number && *number <= double(std::numeric_limits<int>::max());
        switch (column) {
        case LoadColumn:
            if (p.model == LoadModel::Closed) {
                if (!integral)
                    return false; // users are whole; 0 is the validation's to explain
                p.users = int(*number);
            } else {
                p.arrivalRate = *number;
            }
            break;
        case MaxUsersColumn:
            if (!integral)
                return false;
            p.maxUsers = int(*number);
            break;
        case RampUpColumn:
            p.rampUpS = *number;
            break;
        case DurationColumn:
            p.durationS = *number;
            break;
        case ThinkMinColumn:
            p.thinkTimeMinMs = *number;
            break;
        case ThinkMaxColumn:
            p.thinkTimeMaxMs = *number;
            break;
        case GracefulStopColumn:
            p.gracefulStopS = *number;
            break;
        default:
            return false;
        }
    }
    const QString what = tr("Change %1 of %2").arg(columnTitle(column), plan().phases.at(size_t(index.row())).name);
    commit(changed, what);
    return true;
}

bool PhaseTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    Plan changed = plan();
    QStringList names;
    for (const Phase &p : changed.phases)
        names << p.name;
    for (int i = 0; i < count; ++i) {
        Phase p;
        p.name = uniqueName(tr("Phase"), names);
        p.users = 10;
        p.durationS = 60;
        names << p.name;
        changed.phases.insert(changed.phases.begin() + row + i, p);
    }
    beginInsertRows({}, row, row + count - 1);
    commitStructural(changed, count == 1 ? tr("Add phase") : tr("Add %n phases", nullptr, count));
    endInsertRows();
    return true;
}

bool PhaseTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    Plan changed = plan();
    const QString what = count == 1 ? tr("Remove phase %1").arg(changed.phases.at(size_t(row)).name)
                                    : tr("Remove %n phases", nullptr, count);
    changed.phases.erase(changed.phases.begin() + row, changed.phases.begin() + row + count);
    beginRemoveRows({}, row, row + count - 1);
    commitStructural(changed, what);
    endRemoveRows();
    return true;
}

bool PhaseTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    const int target = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (target == sourceRow)
        return false;
    Plan changed = plan();
    const Phase moved = changed.phases.at(size_t(sourceRow));
    changed.phases.erase(changed.phases.begin() + sourceRow);
    changed.phases.insert(changed.phases.begin() + target, moved);
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
        return false;
    commitStructural(changed, target < sourceRow ? tr("Move phase %1 up").arg(moved.name)
                                                 : tr("Move phase %1 down").arg(moved.name));
    endMoveRows();
    return true;
}

int PhaseTableModel::duplicateRow(int row)
{
    if (row < 0 || row >= rowCount())
        return -1;
    Plan changed = plan();
    QStringList names;
    for (const Phase &p : changed.phases)
        names << p.name;
    Phase copy = changed.phases.at(size_t(row));
    const QString what = tr("Duplicate phase %1").arg(copy.name);
    copy.name = uniqueName(tr("%1 (copy)").arg(copy.name), names);
    changed.phases.insert(changed.phases.begin() + row + 1, copy);
    beginInsertRows({}, row + 1, row + 1);
    commitStructural(changed, what);
    endInsertRows();
    return row + 1;
}

void PhaseTableModel::replacePhases(const std::vector<Phase> &phases, const QString &what)
{
    Plan changed = plan();
    changed.phases = phases;
    commit(changed, what); // the document's planChanged updates or resets the model
}

} // namespace ls
