// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/redactor.h"

#include <algorithm>

Redactor::Redactor(const QStringList &hosts)
    : m_home(
        QStringLiteral(R"((/home/|/Users/|/var/home/)([^/\s"'`|<>]+))"))
        , m_ipv4(
              QStringLiteral(R"(\b((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)\b)"))
              // Full and compressed IPv6 forms with at least two groups and one "::" or seven ":"
              // (a timestamp "12:34:56" has neither).
              , m_ipv6(QStringLiteral(
          R"((?<![\w:])(([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,7}:|(([0-9A-Fa-f]{1,4}:){1,6}|:):([0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){0,5}))(?![\w:]))"))
{
    for (const QString &host : hosts) {
        if (!host.isEmpty() && !m_hosts.contains(host))
            m_hosts.append(host);
    }
    // Longest first, so "db1.example.com" is replaced before "db1".
    std::sort(m_hosts.begin(), m_hosts.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
}

QString Redactor::stand(QHash<QString, QString> &map, const QString &value, const QString &prefix)
{
    auto it = map.find(value);
    if (it == map.end())
        it = map.insert(value, prefix + QString::number(map.size() + 1));
    return it.value();
}

QString Redactor::replaceIp(const QString &text)
{
    QString out;
    qsizetype done = 0;
    auto apply = [&](const QRegularExpression &expression, const QString &source,
                     const QString &prefix) {
        out.clear();
        done = 0;
        for (auto it = expression.globalMatch(source); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            out += QStringView(source).mid(done, match.capturedStart() - done);
            const QString index = stand(m_ipMap, match.captured(), QString());
            out += prefix + index;
            done = match.capturedEnd();
        }
        out += QStringView(source).mid(done);
        return out;
    };
    // Documentation ranges (RFC 5737, RFC 3849): never anyone's real address.
    const QString v4 = apply(m_ipv4, text, QStringLiteral("192.0.2."));
    return apply(m_ipv6, v4, QStringLiteral("2001:db8::"));
}

QString Redactor::redact(const QString &input)
{
    QString text = input;
    // Home paths first: they name the user, who is then replaced everywhere else too.
    QString out;
    qsizetype done = 0;
    for (auto it = m_home.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(done, match.capturedStart() - done);
        out += match.captured(1) + stand(m_userMap, match.captured(2), QStringLiteral("user-"));
        done = match.capturedEnd();
    }
    out += QStringView(text).mid(done);
    text = out;
    for (auto it = m_userMap.cbegin(); it != m_userMap.cend(); ++it) {
        if (it.key().size() < 3)
            continue; // "a" would take letters out of every word
        text.replace(QRegularExpression(
            QStringLiteral("\\b") + QRegularExpression::escape(it.key()) + QStringLiteral("\\b")),
            it.value());
    }
    for (const QString &host : std::as_const(m_hosts)) {
        text.replace(QRegularExpression(QStringLiteral("(?<![\\w.-])") + QRegularExpression::escape(host) + QStringLiteral("(?![\\w-])")),
                                        stand(m_hostMap, host, QStringLiteral("host-")));
    }
    return replaceIp(text);
}
