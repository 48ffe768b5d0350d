#include "ScenarioTableModel.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <numeric>

namespace ls {

ScenarioTableModel::ScenarioTableModel(PlanDocument *document, QObject *parent) : PlanTableModel(document, parent)
{
    rememberShape();
}

const QStringList &ScenarioTableModel::methods()
{
    static const QStringList list = {QStringLiteral("GET"),    QStringLiteral("POST"),   QStringLiteral("PUT"),
                                     QStringLiteral("PATCH"),  QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                                     QStringLiteral("OPTIONS")};
    return list;
}

QString ScenarioTableModel::statusText(const std::vector<int> &statuses)
{
    QStringList parts;
    for (int status : statuses)
        parts << QString::number(status);
    return parts.join(QStringLiteral(", "));
}

std::optional<std::vector<int>> ScenarioTableModel::parseStatuses(const QString &text)
{
    std::vector<int> statuses;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int code = part.toInt(&ok);
        if (!ok)
            return std::nullopt;
        statuses.push_back(code); // the range (100 to 599) is the plan validation's to explain
    }
    return statuses;
}

int ScenarioTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(plan().scenarios.size());
}

int ScenarioTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScenarioTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case WeightColumn:
        return tr("Weight");
    case ShareColumn:
        return tr("Share");
    case StatusColumn:
        return tr("Expected status");
    default:
        return {};
    }
}

Diagnostics ScenarioTableModel::cellProblems(int row, int column) const
{
    const QString base = jsonPathIndex(QStringLiteral("scenarios"), row);
    auto at = [&](const QString &key) { return jsonPathChild(base, key); };
    switch (column) {
    case NameColumn:
        // The name cell also flags problems of the details (headers, body, checks), so the row shows them.
        return problemsAt({at(QStringLiteral("name")), at(QStringLiteral("headers")), at(QStringLiteral("body")),
                           jsonPathChild(at(QStringLiteral("expect")), QStringLiteral("body_contains")),
                           jsonPathChild(at(QStringLiteral("expect")), QStringLiteral("json")),
                           jsonPathChild(at(QStringLiteral("expect")), QStringLiteral("equals"))});
    case MethodColumn:
        return problemsAt({at(QStringLiteral("method"))});
    case PathColumn:
        return problemsAt({at(QStringLiteral("path"))});
    case WeightColumn: {
        Diagnostics problems = problemsAt({at(QStringLiteral("weight"))});
        // "at least one scenario needs a weight above 0" is about all weights together.
        const Diagnostics all = problemsExactlyAt(QStringLiteral("scenarios"));
        problems.insert(problems.end(), all.begin(), all.end());
        return problems;
    }
    case StatusColumn:
        return problemsAt({jsonPathChild(at(QStringLiteral("expect")), QStringLiteral("status"))});
    default:
        return {};
    }
}

QVariant ScenarioTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scenario &s = plan().scenarios.at(size_t(index.row()));
    const double share = plan().scenarioShares().at(size_t(index.row()));
    if (role == ShareRole)
        return share;

    const Diagnostics problems = cellProblems(index.row(), index.column());
    if (const QVariant v = problemData(problems, role); v.isValid())
        return v;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case MethodColumn:
            return s.method;
        case PathColumn:
            return s.path;
        case WeightColumn:
            return role == Qt::EditRole ? QVariant(s.weight) : QVariant(formatNumber(s.weight));
        case ShareColumn:
            return role == Qt::EditRole ? QVariant(share) : QVariant(tr("%1 %").arg(QLocale().toString(share, 'f', 1)));
        case StatusColumn:
            if (role == Qt::DisplayRole && s.check.statuses.empty())
                return tr("any 2xx");
            return statusText(s.check.statuses);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == WeightColumn || index.column() == ShareColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == ShareColumn)
            return tr("This scenario's share of the requests: its weight divided by the sum of all weights.");
        if (index.column() == StatusColumn)
            return tr("Status codes that count as success, e.g. \"200, 201\"; empty: any 2xx.");
        break;
    case EditorChoicesRole:
        if (index.column() == MethodColumn)
            return methods();
        break;
    case EditorMinimumRole:
        if (index.column() == WeightColumn)
            return 0.0;
        break;
    case EditorMaximumRole:
        if (index.column() == WeightColumn)
            return 1e9;
        break;
    case EditorDecimalsRole:
        if (index.column() == WeightColumn)
            return 2;
        break;
    }
    return {};
}

QVariant ScenarioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
        case WeightColumn:
            return tr("Relative share of the traffic; weights need not add up to 100. 0 keeps the scenario "
                      "without sending it.");
        case ShareColumn:
            return tr("Normalised share in percent (weight / sum of weights).");
        case StatusColumn:
            return tr("Status codes that count as success; empty: any 2xx.");
        case PathColumn:
            return tr("Appended to the base URL; starts with \"/\"; may contain placeholders.");
        }
    }
    return {};
}

Qt::ItemFlags ScenarioTableModel::flags(const QModelIndex &index) const
{
    // The root's flags are a legitimate question (views ask it when dropping); only a wrong cell is a bug.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != ShareColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScenarioTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Plan changed = plan();
    Scenario &s = changed.scenarios.at(size_t(index.row()));
    switch (index.column()) {
    case NameColumn:
        s.name = value.toString().trimmed(); // empty or duplicate names are explained by the validation
        break;
    case MethodColumn: {
        QString method = value.toString().trimmed().toUpper();
        if (value.typeId() == QMetaType::Int && value.toInt() >= 0 && value.toInt() < methods().size())
            method = methods().at(value.toInt());
        if (!methods().contains(method))
            return false;
        s.method = method;
        break;
    }
    case PathColumn:
        s.path = value.toString().trimmed();
        break;
    case WeightColumn: {
        const std::optional<double> weight = toNumber(value);
        if (!weight || *weight < 0)
            return false;
        s.weight = *weight;
        break;
    }
    case StatusColumn: {
        const std::optional<std::vector<int>> statuses = parseStatuses(value.toString());
        if (!statuses)
            return false;
        s.check.statuses = *statuses;
        break;
    }
    default:
        return false;
    }
    const QString what =
        tr("Change %1 of %2").arg(columnTitle(index.column()).toLower(), plan().scenarios.at(size_t(index.row())).name);
    commit(changed, what);
    return true;
}

bool ScenarioTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    Plan changed = plan();
    QStringList names;
    for (const Scenario &s : changed.scenarios)
        names << s.name;
    const double weightSum = std::accumulate(changed.scenarios.begin(), changed.scenarios.end(), 0.0,
                                             [](double sum, const Scenario &s) { return sum + s.weight; });
    const double weight =
        changed.scenarios.empty() ? 1.0 : std::round(weightSum / double(changed.scenarios.size()) * 100) / 100;
    for (int i = 0; i < count; ++i) {
        Scenario s;
        s.name = uniqueName(tr("Scenario"), names);
        s.path = QStringLiteral("/");
        s.weight = weight > 0 ? weight : 1.0;
        names << s.name;
        changed.scenarios.insert(changed.scenarios.begin() + row + i, s);
    }
    beginInsertRows({}, row, row + count - 1);
    commitStructural(changed, count == 1 ? tr("Add scenario") : tr("Add %n scenarios", nullptr, count));
    endInsertRows();
    return true;
}

bool ScenarioTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    Plan changed = plan();
    const QString what = count == 1 ? tr("Remove scenario %1").arg(changed.scenarios.at(size_t(row)).name)
                                    : tr("Remove %n scenarios", nullptr, count);
    changed.scenarios.erase(changed.scenarios.begin() + row, changed.scenarios.begin() + row + count);
    beginRemoveRows({}, row, row + count - 1);
    commitStructural(changed, what);
    endRemoveRows();
    return true;
}

bool ScenarioTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                  const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // destinationChild is the row the scenario goes before, counted before the move.
    const int target = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (target == sourceRow)
        return false;
    Plan changed = plan();
    const Scenario moved = changed.scenarios.at(size_t(sourceRow));
    changed.scenarios.erase(changed.scenarios.begin() + sourceRow);
    changed.scenarios.insert(changed.scenarios.begin() + target, moved);
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
        return false;
    commitStructural(changed, target < sourceRow ? tr("Move scenario %1 up").arg(moved.name)
                                                 : tr("Move scenario %1 down").arg(moved.name));
    endMoveRows();
    return true;
}

int ScenarioTableModel::duplicateRow(int row)
{
    if (row < 0 || row >= rowCount())
        return -1;
    Plan changed = plan();
    QStringList names;
    for (const Scenario &s : changed.scenarios)
        names << s.name;
    Scenario copy = changed.scenarios.at(size_t(row));
    const QString what = tr("Duplicate scenario %1").arg(copy.name);
    copy.name = uniqueName(tr("%1 (copy)").arg(copy.name), names);
    changed.scenarios.insert(changed.scenarios.begin() + row + 1, copy);
    beginInsertRows({}, row + 1, row + 1);
    commitStructural(changed, what);
    endInsertRows();
    return row + 1;
}

} // namespace ls
