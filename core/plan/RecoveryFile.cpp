#include "RecoveryFile.h"

#include "PlanJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ls {

RecoveryFile::RecoveryFile(QString path) : m_path(std::move(path)) {}

bool RecoveryFile::write(const Plan &plan, const QString &originalPath, QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const nlohmann::json wrapper = {
        {"format", "loadstudio-recovery/1"},
        {"original_path", originalPath.toStdString()},
        {"saved_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString()},
        {"plan", planToJson(plan)},
    };
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = m_path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    const std::string text = wrapper.dump(2);
    file.write(text.data(), qint64(text.size()));
    if (!file.commit()) {
        if (error)
            *error = m_path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

std::optional<RecoveredPlan> RecoveryFile::read(QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = m_path + QStringLiteral(": ") + why;
        return std::nullopt;
    };
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray bytes = file.readAll();
    const nlohmann::json wrapper = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (wrapper.is_discarded() || !wrapper.is_object() ||
        wrapper.value("format", std::string()) != "loadstudio-recovery/1" || !wrapper.contains("plan"))
        return fail(QStringLiteral("not a Load Studio recovery file"));
    const PlanParseResult parsed = parsePlan(QByteArray::fromStdString(wrapper.at("plan").dump()));
    if (!parsed.plan) {
        return fail(parsed.diagnostics.empty() ? QStringLiteral("the plan cannot be read")
                                               : parsed.diagnostics.front().toString());
    }
    RecoveredPlan recovered;
    recovered.plan = *parsed.plan;
    recovered.originalPath = QString::fromStdString(wrapper.value("original_path", std::string()));
    recovered.savedAt =
        QDateTime::fromString(QString::fromStdString(wrapper.value("saved_at", std::string())), Qt::ISODateWithMs);
    return recovered;
}

bool RecoveryFile::exists() const
{
    return QFileInfo::exists(m_path);
}

void RecoveryFile::remove() const
{
    QFile::remove(m_path);
}

} // namespace ls
