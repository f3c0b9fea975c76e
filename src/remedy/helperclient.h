// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "remedy/plan.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QList>
#include <QString>

// The unprivileged side of oomlens-helper: one typed call per step, made with the
// "allow interactive authorization" flag so that polkit may show its dialog. Calls are
// synchronous (they wait for the admin to authenticate): the app runs them on a worker
// thread, the CLI in its only thread.
namespace oom::remedy {

struct CallResult {
    bool ok = false;
    qint64 changeId = 0; // the helper's journal id (0 for what cannot be undone)
    QString errorName; // D-Bus error name, e.g. io.github.oomlens.Helper1.Error.NotAuthorized
    QString error; // the helper's or systemd's message
};

struct ChangeRecord {
    qint64 id = 0;
    qint64 time = 0; // seconds since the epoch
    QString verb;
    QString summary;
    QString state; // "applied", "undone"
};

class HelperClient
{
    Q_DECLARE_TR_FUNCTIONS(HelperClient)

public:
    explicit HelperClient(QDBusConnection bus);

    CallResult apply(const PlanStep &step) const; // every action but SetUnitProperty
    CallResult undo(qint64 changeId) const;
    QList<ChangeRecord> listChanges(QString *error) const;
    // Is the helper installed (activatable) or running on this bus?
    bool isAvailable() const;

private:
    CallResult call(const QString &method, const QList<QVariant> &arguments) const;
    QDBusConnection m_bus;
};

// systemd's Manager.SetUnitProperties: systemd authorizes it with polkit itself
// (org.freedesktop.systemd1.manage-units), so no helper is involved.
class SystemdClient
{
    Q_DECLARE_TR_FUNCTIONS(SystemdClient)

public:
    explicit SystemdClient(QDBusConnection bus);
    CallResult setUnitProperty(const QString &unit, const QString &property, const QString &value,
                               bool runtime) const;

private:
    QDBusConnection m_bus;
};

} // namespace oom::remedy
