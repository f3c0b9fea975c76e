// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Makes a report fit to share in public: host names, user names, paths under home
// directories and IP addresses are replaced by stand-ins, consistently (the same host is
// "host-1" everywhere, the second one "host-2"), so the report still reads right. Applied
// to the rendered text of any export format; the structure (JSON keys, Markdown tables)
// contains none of these, so it survives.
//
// What it cannot know it cannot remove: a secret in a process name or a cgroup path that
// looks like neither stays (the export dialog says so).
class Redactor
{
public:
    // `hosts` are the host names the session's incidents name (OomEvent::host).
    explicit Redactor(const QStringList &hosts);

    QString redact(const QString &text);

private:
    QString stand(QHash<QString, QString> &map, const QString &value, const QString &prefix);
    QString replaceIp(const QString &text);

    QStringList m_hosts;
    QHash<QString, QString> m_hostMap;
    QHash<QString, QString> m_userMap;
    QHash<QString, QString> m_ipMap;
    QRegularExpression m_home;
    QRegularExpression m_ipv4;
    QRegularExpression m_ipv6;
};
