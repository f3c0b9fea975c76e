// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>

// The polkit action ids, one per risk class (packaging/helper/io.github.oomlens.policy
// defines them with their defaults). Admins write rules against these ids and the
// details the helper passes (sysctl, value, cgroup, unit, pid, size, ...).
namespace oom::remedy::actionid {
// auth_admin_keep: a runtime change undone by a reboot at the latest
inline const QString SetSysctl = QStringLiteral("io.github.oomlens.set-sysctl");
inline const QString CompactMemory = QStringLiteral("io.github.oomlens.compact-memory");
inline const QString SetCgroupLimit = QStringLiteral("io.github.oomlens.set-cgroup-limit");
inline const QString SetCpuset = QStringLiteral("io.github.oomlens.set-cpuset");
inline const QString SetOomScoreAdj = QStringLiteral("io.github.oomlens.set-oom-score-adj");
// auth_admin: persistent files, swap and the policies that panic or refuse allocations
inline const QString SetKernelPolicy = QStringLiteral("io.github.oomlens.set-kernel-policy");
inline const QString PersistConfig = QStringLiteral("io.github.oomlens.persist-config");
inline const QString WriteUnitDropIn = QStringLiteral("io.github.oomlens.write-unit-dropin");
inline const QString ManageSwap = QStringLiteral("io.github.oomlens.manage-swap");
// reading the change journal
inline const QString ListChanges = QStringLiteral("io.github.oomlens.list-changes");
} // namespace oom::remedy::actionid

namespace oom::remedy::helperbus {
inline const QString Service = QStringLiteral("io.github.oomlens.Helper1");
inline const QString Path = QStringLiteral("/io/github/oomlens/Helper1");
inline const QString Interface = QStringLiteral("io.github.oomlens.Helper1");
inline const QString ErrorInvalid =
    QStringLiteral("io.github.oomlens.Helper1.Error.InvalidArgument");
inline const QString ErrorNotAuthorized =
    QStringLiteral("io.github.oomlens.Helper1.Error.NotAuthorized");
inline const QString ErrorFailed = QStringLiteral("io.github.oomlens.Helper1.Error.Failed");
} // namespace oom::remedy::helperbus
