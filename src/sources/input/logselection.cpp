// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/input/logselection.h"

#include "sources/input/rotationorder.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

QString lastComponent(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? path : path.sliced(slash + 1);
}

QString suffixOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot <= 0 ? QString() : name.sliced(dot + 1).toLower();
}

bool isArchiveName(const QString &name)
{
    static const QStringList suffixes = {
        u".tar"_s,  u".tar.gz"_s,  u".tgz"_s,  u".tar.xz"_s, u".txz"_s,     u".tar.zst"_s,
        u".tzst"_s, u".tar.bz2"_s, u".tbz2"_s, u".tbz"_s,    u".tar.lz4"_s, u".zip"_s,
    };
    for (const QString &suffix : suffixes) {
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isJournalName(const QString &name)
{
    return name.endsWith(u".journal"_s) || name.endsWith(u".journal~"_s);
}

// Logs by their extension once compression and rotation suffixes are gone.
bool hasLogSuffix(const QString &family)
{
    static const QStringList suffixes = {
        u"log"_s,
        u"txt"_s,
        u"out"_s,
        u"err"_s,
        u"msg"_s,
        u"dmesg"_s,
        u"export"_s,
        u"json"_s,
        u"jsonl"_s,
        u"syslog"_s,
        u"journal-export"_s,
    };
    return suffixes.contains(suffixOf(family));
}

// Files that never hold a log worth reading.
bool isNeverLog(const QString &family)
{
    static const QStringList names = {
        u"wtmp"_s, u"btmp"_s, u"utmp"_s, u"lastlog"_s, u"faillog"_s, u"tallylog"_s, u"MANIFEST"_s,
    };
    static const QStringList suffixes = {
        u"png"_s,   u"jpg"_s,  u"jpeg"_s,   u"gif"_s,  u"svg"_s,  u"ico"_s,     u"pdf"_s,
        u"so"_s,    u"o"_s,    u"ko"_s,     u"a"_s,    u"bin"_s,  u"img"_s,     u"iso"_s,
        u"qcow2"_s, u"rpm"_s,  u"deb"_s,    u"exe"_s,  u"dll"_s,  u"jar"_s,     u"class"_s,
        u"pyc"_s,   u"html"_s, u"htm"_s,    u"css"_s,  u"js"_s,   u"xml"_s,     u"conf"_s,
        u"cfg"_s,   u"ini"_s,  u"yaml"_s,   u"yml"_s,  u"toml"_s, u"sh"_s,      u"py"_s,
        u"pl"_s,    u"rb"_s,   u"c"_s,      u"h"_s,    u"cpp"_s,  u"md"_s,      u"rst"_s,
        u"csv"_s,   u"db"_s,   u"sqlite"_s, u"core"_s, u"pcap"_s, u"service"_s, u"socket"_s,
        u"timer"_s, u"pem"_s,  u"crt"_s,    u"key"_s,  u"asc"_s,  u"sig"_s,
    };
    return names.contains(family) || suffixes.contains(suffixOf(family));
}

} // namespace

bool isSystemLogName(const QString &fileName)
{
    static const QStringList families = {
        u"messages"_s,      u"kern.log"_s,     u"kernel.log"_s, u"kern"_s,      u"syslog"_s,
        u"syslog.log"_s,    u"dmesg"_s,        u"dmesg.log"_s,  u"kmsg"_s,      u"warn"_s,
        u"localmessages"_s, u"all-messages"_s, u"boot.msg"_s,   u"boot.omsg"_s, u"console.log"_s,
    };
    const QString family = logFamily(fileName);
    return families.contains(family) || family.startsWith(u"dmesg"_s)
        || family.startsWith(u"messages"_s);
}

bool isSupportconfigLogFile(const QString &fileName)
{
    // boot.txt holds dmesg and /var/log/boot.msg; messages.txt the system log or the
    // journal; messages_*.txt / messages-*.txt older or per-service splits.
    return fileName == u"boot.txt"_s
        || (fileName.startsWith(u"messages"_s) && fileName.endsWith(u".txt"_s));
}

void LogSelection::addRoot(const QString &prefix, BundleKind kind)
{
    for (const Root &root : std::as_const(m_roots)) {
        if (root.prefix == prefix)
            return;
    }
    m_roots.append({prefix, kind});
}

void LogSelection::notice(const QString &path)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return;
    const QString name = parts.last();
    auto prefixOf = [&](qsizetype count) {
        QString prefix;
        for (qsizetype i = 0; i < count; ++i)
            prefix += parts[i] + u'/';
        return prefix;
    };
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts[i] == u"sos_commands"_s || parts[i] == u"sos_reports"_s
            || parts[i] == u"sos_logs"_s) {
            addRoot(prefixOf(i), BundleKind::Sosreport);
            return;
        }
    }
    if (parts.size() > 1
        && (parts[0].startsWith(u"sosreport-"_s) || parts[0].startsWith(u"sos-collector-"_s))) {
        addRoot(prefixOf(1), BundleKind::Sosreport);
        return;
    }
    if (parts.size() > 1) {
        const QString &folder = parts[parts.size() - 2];
        if (folder.startsWith(u"scc_"_s) || folder.startsWith(u"nts_"_s)
            || name == u"basic-environment.txt"_s || name == u"supportconfig.txt"_s) {
            addRoot(prefixOf(parts.size() - 1), BundleKind::Supportconfig);
            return;
        }
    } else if (name == u"basic-environment.txt"_s || name == u"supportconfig.txt"_s) {
        addRoot(QString(), BundleKind::Supportconfig);
        return;
    }
    if (name == u"MANIFEST"_s && parts.size() <= 2)
        addRoot(prefixOf(parts.size() - 1), BundleKind::OomLensBundle);
}

BundleKind LogSelection::bundleOf(const QString &path, QString *relative) const
{
    const Root *best = nullptr;
    for (const Root &root : m_roots) {
        if (path.startsWith(root.prefix) && (!best || root.prefix.size() > best->prefix.size()))
            best = &root;
    }
    if (relative)
        *relative = best ? path.sliced(best->prefix.size()) : path;
    return best ? best->kind : BundleKind::None;
}

QList<BundleKind> LogSelection::bundles() const
{
    QList<BundleKind> kinds;
    for (const Root &root : m_roots) {
        if (!kinds.contains(root.kind))
            kinds.append(root.kind);
    }
    return kinds;
}

FileRole LogSelection::classify(const QString &path) const
{
    const QString name = lastComponent(path);
    if (name.startsWith(u'.'))
        return FileRole::Skip;
    if (isJournalName(name))
        return FileRole::Journal;

    QString relative;
    const BundleKind kind = bundleOf(path, &relative);
    const bool underVarLog =
        relative.startsWith(u"var/log/"_s) || relative.contains(u"/var/log/"_s);
    switch (kind) {
    case BundleKind::Sosreport:
        if (relative.startsWith(u"sos_commands/kernel/dmesg"_s)
            || relative.startsWith(u"sos_commands/logs/journalctl_"_s))
            return FileRole::Read;
        return underVarLog && isSystemLogName(name) ? FileRole::Read : FileRole::Skip;
    case BundleKind::Supportconfig:
        return !relative.contains(u'/') && isSupportconfigLogFile(name) ? FileRole::Read
                                                                        : FileRole::Skip;
    case BundleKind::OomLensBundle:
        if (relative.startsWith(u"logs/"_s))
            return FileRole::Read;
        return isSystemLogName(name) ? FileRole::Read : FileRole::Skip;
    case BundleKind::None: break;
    }

    // No bundle: a folder or archive of logs someone put together.
    const QString family = logFamily(name);
    if (isNeverLog(family))
        return FileRole::Skip;
    if (isSystemLogName(name))
        return FileRole::Read;
    if (underVarLog)
        return FileRole::Skip; // a copied /var/log: its kernel and system logs only
    if (isArchiveName(name) || hasLogSuffix(family))
        return FileRole::Read;
    return FileRole::Probe;
}

QString bundleKindName(BundleKind kind)
{
    switch (kind) {
    case BundleKind::None: return QString();
    case BundleKind::Sosreport: return u"sosreport"_s;
    case BundleKind::Supportconfig: return u"supportconfig"_s;
    case BundleKind::OomLensBundle: return u"oomlens bundle"_s;
    }
    return QString();
}

} // namespace oom
