#include "HeaderTableModel.h"

#include "PlanJson.h"

namespace ls {

HeaderTableModel::HeaderTableModel(PlanDocument *document, int scenario, QObject *parent)
    : PlanTableModel(document, parent), m_scenario(scenario)
{
    rememberShape();
}

void HeaderTableModel::setScenario(int scenario)
{
    if (scenario == m_scenario)
        return;
    m_scenario = scenario;
    resetFromDocument();
}

QString HeaderTableModel::maskedValue()
{
    // A fixed length, so the mask does not tell how long the secret is.
    return QString(8, QChar(0x2022));
}

const std::vector<Header> *HeaderTableModel::headers() const
{
    if (m_scenario == planHeaders)
        return &plan().headers;
    if (m_scenario >= 0 && size_t(m_scenario) < plan().scenarios.size())
        return &plan().scenarios.at(size_t(m_scenario)).headers;
    return nullptr;
}

std::vector<Header> *HeaderTableModel::headersIn(Plan &changed) const
{
    if (m_scenario == planHeaders)
        return &changed.headers;
    if (m_scenario >= 0 && size_t(m_scenario) < changed.scenarios.size())
        return &changed.scenarios.at(size_t(m_scenario)).headers;
    return nullptr;
}

QString HeaderTableModel::basePath() const
{
    if (m_scenario == planHeaders)
        return QStringLiteral("headers");
    return jsonPathChild(jsonPathIndex(QStringLiteral("scenarios"), m_scenario), QStringLiteral("headers"));
}

QString HeaderTableModel::ownerName() const
{
    if (m_scenario == planHeaders)
        return tr("the plan");
    return plan().scenarios.at(size_t(m_scenario)).name;
}

int HeaderTableModel::rowCount(const QModelIndex &parent) const
{
    const std::vector<Header> *list = headers();
    return parent.isValid() || !list ? 0 : int(list->size());
}

int HeaderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Diagnostics HeaderTableModel::cellProblems(int row, int column) const
{
    const Header &h = headers()->at(size_t(row));
    const QString arrayPath = jsonPathIndex(basePath(), row);
    if (column == NameColumn) {
        Diagnostics problems = problemsAt({jsonPathChild(arrayPath, QStringLiteral("name"))});
        // Written as an object ({"Accept": "..."}) when no header is secret or repeated: then name and value
        // problems share the path "headers.Accept"; those about the name say so.
        for (const Diagnostic &d : problemsExactlyAt(jsonPathChild(basePath(), h.name))) {
            if (d.message.contains(QStringLiteral("header name")) || d.message.contains(QStringLiteral("set twice")))
                problems.push_back(d);
        }
        return problems;
    }
    if (column == ValueColumn) {
        Diagnostics problems = problemsAt({jsonPathChild(arrayPath, QStringLiteral("value"))});
        for (const Diagnostic &d : problemsExactlyAt(jsonPathChild(basePath(), h.name))) {
            if (!d.message.contains(QStringLiteral("header name")) && !d.message.contains(QStringLiteral("set twice")))
                problems.push_back(d);
        }
        return problems;
    }
    return {};
}

QVariant HeaderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Header &h = headers()->at(size_t(index.row()));
    const bool secret = isSecretHeader(h);
    const bool alwaysSecret = isSecretHeader(Header{h.name, h.value, false});
    if (role == SecretRole)
        return secret;
    if (role == AlwaysSecretRole)
        return alwaysSecret;

    if (const QVariant v = problemData(cellProblems(index.row(), index.column()), role); v.isValid())
        return v;

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return h.name;
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole)
            return secret && !h.value.isEmpty() ? maskedValue() : h.value;
        if (role == Qt::EditRole)
            return h.value;
        if (role == Qt::ToolTipRole && secret)
            return tr("Secret: hidden here and replaced by \"<redacted>\" in reports and logs. Edit the cell to see "
                      "or change the value.");
        if (role == Qt::ToolTipRole)
            return tr("May contain placeholders such as ${env:NAME} or {{uuid}}.");
        break;
    case SecretColumn:
        if (role == Qt::CheckStateRole)
            return secret ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return alwaysSecret ? tr("%1 is always treated as secret.").arg(h.name)
                                : tr("Hide the value here and in reports and logs.");
        if (role == Qt::AccessibleTextRole)
            return secret ? tr("secret") : tr("not secret");
        break;
    }
    return {};
}

QVariant HeaderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case ValueColumn:
            return tr("Value");
        case SecretColumn:
            return tr("Secret");
        }
    }
    if (role == Qt::ToolTipRole && section == SecretColumn)
        return tr("Secret values are shown masked and never written to reports or logs.");
    return {};
}

Qt::ItemFlags HeaderTableModel::flags(const QModelIndex &index) const
{
    // The root's flags are a legitimate question (views ask it when dropping); only a wrong cell is a bug.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == SecretColumn) {
        if (!data(index, AlwaysSecretRole).toBool())
            f |= Qt::ItemIsUserCheckable;
    } else {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool HeaderTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Plan changed = plan();
    Header &h = headersIn(changed)->at(size_t(index.row()));
    QString what;
    if (index.column() == SecretColumn && role == Qt::CheckStateRole) {
        if (data(index, AlwaysSecretRole).toBool())
            return false;
        h.secret = value.value<Qt::CheckState>() == Qt::Checked;
        what = h.secret ? tr("Mark header %1 secret").arg(h.name) : tr("Mark header %1 not secret").arg(h.name);
    } else if (role == Qt::EditRole && index.column() == NameColumn) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false; // a header needs a name; remove the row instead
        what = tr("Rename header %1 of %2").arg(h.name, ownerName());
        h.name = name; // characters a header name must not have are explained by the validation
    } else if (role == Qt::EditRole && index.column() == ValueColumn) {
        h.value = value.toString();
        if (h.value.contains(QLatin1Char('\n')) || h.value.contains(QLatin1Char('\r')))
            return false; // a header value is one line
        what = tr("Change header %1 of %2").arg(h.name, ownerName());
    } else {
        return false;
    }
    commit(changed, what);
    return true;
}

bool HeaderTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || !headers() || row < 0 || row > rowCount() || count < 1)
        return false;
    Plan changed = plan();
    std::vector<Header> *list = headersIn(changed);
    QStringList names;
    for (const Header &h : *list)
        names << h.name;
    for (int i = 0; i < count; ++i) {
        Header h;
        h.name = QStringLiteral("X-Header");
        for (int n = 2; names.contains(h.name, Qt::CaseInsensitive); ++n) // header names ignore case
            h.name = QStringLiteral("X-Header-%1").arg(n);
        names << h.name;
        list->insert(list->begin() + row + i, h);
    }
    beginInsertRows({}, row, row + count - 1);
    commitStructural(changed, tr("Add header to %1").arg(ownerName()));
    endInsertRows();
    return true;
}

bool HeaderTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || !headers() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    Plan changed = plan();
    std::vector<Header> *list = headersIn(changed);
    const QString what = count == 1 ? tr("Remove header %1 from %2").arg(list->at(size_t(row)).name, ownerName())
                                    : tr("Remove %n headers from %1", nullptr, count).arg(ownerName());
    list->erase(list->begin() + row, list->begin() + row + count);
    beginRemoveRows({}, row, row + count - 1);
    commitStructural(changed, what);
    endRemoveRows();
    return true;
}

} // namespace ls
