#include "HttpSettingsJson.h"

#include "Template.h"

#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ls {

namespace {

using Json = nlohmann::ordered_json;

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string str(const QString &s)
{
    return s.toStdString();
}

bool readText(const Json &object, const char *key, const QString &path, QString *out, const HttpSettingsError &error)
{
    const auto it = object.find(key);
    if (it == object.end())
        return false;
    if (!it->is_string()) {
        error(path, u"must be a string"_s);
        return false;
    }
    *out = fromStd(it->get<std::string>());
    return true;
}

// Proxy addresses and passwords may name environment variables, but nothing that changes per request.
bool checkConstantTemplate(const QString &text, const QString &path, const HttpSettingsError &error)
{
    QString why;
    if (!Template::checkSyntax(text, &why)) {
        error(path, why);
        return false;
    }
    if (text.contains(u"{{"_s)) {
        error(path, u"may use ${env:NAME} but no per-request placeholders ({{...}})"_s);
        return false;
    }
    return true;
}

} // namespace

QString proxyProblem(const QString &proxy)
{
    const QUrl url(proxy, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return u"must be a URL such as http://127.0.0.1:3128 or socks5://127.0.0.1:1080, not \"%1\""_s.arg(proxy);
    if (url.scheme() != u"http"_s && url.scheme() != u"socks5"_s)
        return u"must use http or socks5, not \"%1\""_s.arg(url.scheme());
    if (url.host().isEmpty())
        return u"has no host"_s;
    if (url.port() <= 0)
        return u"needs a port (e.g. :3128)"_s;
    return {};
}

void readHttpSettings(const Json &root, HttpSettings *out, const HttpSettingsError &error)
{
    if (const auto it = root.find("follow_redirects"); it != root.end()) {
        const double v = it->is_number() ? it->get<double>() : -1;
        if (!it->is_number() || v < 0 || v > HttpSettings::maxRedirects || v != std::floor(v))
            error(u"follow_redirects"_s,
                  u"must be an integer from 0 (do not follow) to %1"_s.arg(HttpSettings::maxRedirects));
        else
            out->followRedirects = int(v);
    }
    QString version;
    if (readText(root, "http_version", u"http_version"_s, &version, error)) {
        if (version == u"1.1"_s || version == u"2"_s)
            out->httpVersion = version;
        else
            error(u"http_version"_s, u"must be \"1.1\" or \"2\", not \"%1\""_s.arg(version));
    }
    QString proxy;
    if (readText(root, "proxy", u"proxy"_s, &proxy, error)) {
        proxy = proxy.trimmed();
        if (proxy.isEmpty() || !checkConstantTemplate(proxy, u"proxy"_s, error)) {
            out->proxy = proxy;
        } else if (proxy.contains(u"${"_s)) {
            out->proxy = proxy; // checked when the run resolves the variables
        } else if (const QString problem = proxyProblem(proxy); !problem.isEmpty()) {
            error(u"proxy"_s, problem);
        } else {
            out->proxy = proxy;
        }
    }
    if (const auto it = root.find("auth"); it != root.end()) {
        if (!it->is_object()) {
            error(u"auth"_s, u"must be an object with \"user\" and \"password\""_s);
            return;
        }
        for (auto member = it->begin(); member != it->end(); ++member) {
            if (member.key() != "user" && member.key() != "password")
                error(u"auth."_s + fromStd(member.key()), u"unknown key (known: user, password)"_s);
        }
        QString user;
        QString password;
        if (!it->contains("user")) {
            error(u"auth"_s, u"needs a \"user\" (the name to answer the server's challenge with)"_s);
            return;
        }
        if (!readText(*it, "user", u"auth.user"_s, &user, error))
            return;
        if (user.trimmed().isEmpty()) {
            error(u"auth.user"_s, u"must not be empty"_s);
            return;
        }
        readText(*it, "password", u"auth.password"_s, &password, error);
        if (checkConstantTemplate(password, u"auth.password"_s, error)) {
            out->authUser = user;
            out->authPassword = password;
        }
    }
}

void writeHttpSettings(const HttpSettings &settings, bool redact, Json *out)
{
    const HttpSettings defaults;
    if (settings.followRedirects != defaults.followRedirects)
        (*out)["follow_redirects"] = settings.followRedirects;
    if (settings.httpVersion != defaults.httpVersion)
        (*out)["http_version"] = str(settings.httpVersion);
    if (!settings.proxy.isEmpty()) {
        QUrl url(settings.proxy);
        // Credentials in a proxy URL are as secret as a password.
        if (redact && !url.password().isEmpty() && !settings.proxy.contains(u"${"_s)) {
            url.setPassword(u"<redacted>"_s);
            (*out)["proxy"] = str(url.toString());
        } else {
            (*out)["proxy"] = str(settings.proxy);
        }
    }
    if (!settings.authUser.isEmpty()) {
        const bool fromEnvironment =
            settings.authPassword.trimmed().startsWith(u"${env:"_s) && settings.authPassword.trimmed().endsWith(u'}');
        const QString password =
            redact && !fromEnvironment && !settings.authPassword.isEmpty() ? u"<redacted>"_s : settings.authPassword;
        (*out)["auth"] = {{"user", str(settings.authUser)}, {"password", str(password)}};
    }
}

} // namespace ls
