// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QList>
#include <QString>

namespace oom {

// The support bundles whose layout tells where the logs are.
enum class BundleKind {
    None,
    Sosreport, // sos_commands/kernel/dmesg*, sos_commands/logs/journalctl_*, var/log/...
    Supportconfig, // scc_<host>_<date>/boot.txt, messages.txt, ... (SUSE; nts_ when older)
    OomLensBundle, // `oomlens-cli collect`: MANIFEST at the top, logs under logs/
};

// What to do with one file of a directory or member of an archive, from its path alone.
enum class FileRole {
    Skip,
    Read, // a log by its name or place: read it; the content decides the format
    Probe, // the name says nothing: read it only if its content looks like a log
    Journal, // a binary journal file (*.journal, *.journal~)
};

// Learns where bundles are from the paths it is shown and classifies paths accordingly.
// A directory shows it every path first; an archive, read as a stream, shows each member
// as it comes, so a bundle's root is learned from the first path that reveals it (any
// path through sos_commands/, a top folder named sosreport-*, scc_* or nts_*, a MANIFEST
// at the top).
class LogSelection
{
public:
    void notice(const QString &path);
    FileRole classify(const QString &path) const;
    // The bundle the path lies in, and the path relative to that bundle's root.
    BundleKind bundleOf(const QString &path, QString *relative = nullptr) const;
    // Every kind seen, for the summary ("sosreport", ...).
    QList<BundleKind> bundles() const;

private:
    struct Root {
        QString prefix; // "" or "sosreport-host-2024/" (with the slash)
        BundleKind kind;
    };
    void addRoot(const QString &prefix, BundleKind kind);
    QList<Root> m_roots;
};

QString bundleKindName(BundleKind kind); // "sosreport", "supportconfig", "oomlens bundle"

// Names under which kernel and system logs are kept ("messages", "kern.log", "syslog",
// "dmesg", "warn", ...), compared without rotation and compression suffixes.
bool isSystemLogName(const QString &fileName);
// A supportconfig section file that can hold kernel or system logs (boot.txt, messages.txt).
bool isSupportconfigLogFile(const QString &fileName);

} // namespace oom
