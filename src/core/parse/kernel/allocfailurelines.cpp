// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/kernel/allocfailurelines.h"
#include "core/parse/framing/textscan.h"

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// The integer at the start of `text`, after blanks.
std::optional<qint64> integerAt(QStringView text)
{
    return textscan::leadingInt(text.trimmed());
}

std::optional<qint64> integerAfter(QStringView text, QStringView key)
{
    const qsizetype at = text.indexOf(key);
    return at < 0 ? std::nullopt : integerAt(text.mid(at + key.size()));
}

std::optional<int> smallIntegerAfter(QStringView text, QStringView key)
{
    const auto value = integerAfter(text, key);
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

// "0x16040c0(GFP_KERNEL|__GFP_COMP|__GFP_NOTRACK)" or "0x20"; returns the text consumed.
qsizetype parseGfp(QStringView text, QString &mask, QStringList &flags)
{
    qsizetype end = 0;
    while (end < text.size() && text[end] != u'(' && text[end] != u',' && text[end] != u')'
           && !text[end].isSpace())
        ++end;
    mask = text.left(end).toString();
    if (end < text.size() && text[end] == u'(') {
        const qsizetype close = text.indexOf(u')', end);
        const QStringView list = text.mid(end + 1, close < 0 ? -1 : close - end - 1);
        for (QStringView flag : list.split(u'|', Qt::SkipEmptyParts))
            flags.append(flag.trimmed().toString());
        end = close < 0 ? text.size() : close + 1;
    }
    return end;
}

} // namespace

std::optional<AllocFailure> parseAllocFailure(QStringView text)
{
    text = text.trimmed();
    AllocFailure failure;
    qsizetype whatAt = text.indexOf(u": page allocation failure");
    if (whatAt < 0) {
        whatAt = text.indexOf(u": vmalloc");
        failure.vmalloc = whatAt >= 0;
    }
    if (whatAt <= 0)
        return std::nullopt;
    failure.comm = text.left(whatAt).toString();
    const QStringView body = text.mid(whatAt + 2);
    const qsizetype modeAt = body.indexOf(u"mode:");
    QStringView what = modeAt < 0 ? body : body.left(modeAt);
    while (!what.isEmpty() && (what.endsWith(u' ') || what.endsWith(u',')))
        what.chop(1);

    if (failure.vmalloc) {
        failure.what = what.toString();
        failure.order = smallIntegerAfter(what, u"page order ");
        if (const qsizetype size = what.indexOf(u"size "); size >= 0)
            failure.vmallocBytes = integerAt(what.mid(size + 5));
        else if (what.endsWith(u" bytes")) {
            const qsizetype lastSpace = what.chopped(6).lastIndexOf(u' ');
            failure.vmallocBytes = integerAt(what.mid(lastSpace + 1));
        }
    } else {
        // "page allocation failure: order:0" (2.6.3x+) or "page allocation failure. order:1"
        failure.what = u"page allocation failure"_s;
        failure.order = smallIntegerAfter(what, u"order:");
    }
    if (modeAt < 0)
        return failure;

    QStringView rest = body.mid(modeAt + 5);
    rest = rest.mid(parseGfp(rest, failure.gfpMask, failure.gfpFlags));
    // ", nodemask=(null),cpuset=user.slice,mems_allowed=0". Node lists ("0-1,3") contain
    // commas, so each value runs to the next known key rather than to the next comma.
    static constexpr QStringView nodemaskKey = u"nodemask=";
    static constexpr QStringView cpusetKey = u",cpuset=";
    static constexpr QStringView memsKey = u",mems_allowed=";
    const qsizetype nodemaskAt = rest.indexOf(nodemaskKey);
    const qsizetype cpusetAt = rest.indexOf(cpusetKey);
    const qsizetype memsAt = rest.indexOf(memsKey);
    if (nodemaskAt >= 0) {
        const qsizetype start = nodemaskAt + nodemaskKey.size();
        const qsizetype end =
            cpusetAt >= start ? cpusetAt : (memsAt >= start ? memsAt : rest.size());
        failure.nodemask = rest.mid(start, end - start).trimmed().toString();
    }
    if (cpusetAt >= 0) {
        const qsizetype start = cpusetAt + cpusetKey.size();
        const qsizetype end = memsAt >= start ? memsAt : rest.size();
        failure.cpuset = rest.mid(start, end - start).trimmed().toString();
    }
    if (memsAt >= 0)
        failure.memsAllowed = rest.mid(memsAt + memsKey.size()).trimmed().toString();
    return failure;
}

std::optional<SlabAllocFailure> parseSlabAllocFailure(QStringView text)
{
    text = text.trimmed();
    static constexpr QStringView unable = u": Unable to allocate memory on node ";
    if (!text.startsWith(u"SLUB") && !text.startsWith(u"SLAB"))
        return std::nullopt;
    if (!text.mid(4).startsWith(unable))
        return std::nullopt;
    SlabAllocFailure failure;
    failure.allocator = text.left(4).toString();
    const QStringView rest = text.mid(4 + unable.size());
    if (const auto node = integerAt(rest))
        failure.node = int(*node);
    // ", gfp=0xa20(GFP_ATOMIC)" (4.5+) or " (gfp=0x20)" (before)
    static constexpr QStringView gfpKey = u"gfp=";
    if (const qsizetype at = rest.indexOf(gfpKey); at >= 0)
        parseGfp(rest.mid(at + gfpKey.size()), failure.gfpMask, failure.gfpFlags);
    return failure;
}

bool applySlabAllocFailureLine(QStringView text, SlabAllocFailure &failure)
{
    text = text.trimmed();
    if (text.startsWith(u"cache: ")) {
        const QStringView rest = text.mid(7);
        const qsizetype comma = rest.indexOf(u',');
        failure.cache = (comma < 0 ? rest : rest.left(comma)).toString();
        failure.objectSize = integerAfter(rest, u"object size:");
        failure.bufferSize = integerAfter(rest, u"buffer size:");
        failure.defaultOrder = smallIntegerAfter(rest, u"default order:");
        failure.minOrder = smallIntegerAfter(rest, u"min order:");
        if (!failure.defaultOrder)
            failure.defaultOrder = smallIntegerAfter(rest, u" order:"); // SLAB
        return true;
    }
    if (text.endsWith(u"debugging increased min order, use slub_debug=O to disable.")) {
        failure.debugIncreasedMinOrder = true;
        return true;
    }
    if (!text.startsWith(u"node "))
        return false;
    const qsizetype colon = text.indexOf(u':');
    const auto node = colon > 5 ? integerAt(text.mid(5, colon - 5)) : std::nullopt;
    if (!node || !text.contains(u"slabs:"))
        return false;
    SlabNodeUsage usage;
    usage.node = int(*node);
    // "slabs: 53,objs: 3392, free: 0" (an Android kernel without the space, corpus 054)
    for (QStringView part : text.mid(colon + 1).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype partColon = part.indexOf(u':');
        if (partColon < 0)
            continue;
        const QStringView key = part.left(partColon).trimmed();
        const QStringView value = part.mid(partColon + 1).trimmed();
        const qsizetype slash = value.indexOf(u'/');
        const auto first = integerAt(slash < 0 ? value : value.left(slash));
        const auto total = slash < 0 ? std::nullopt : integerAt(value.mid(slash + 1));
        if (key == u"slabs") {
            usage.slabs = first;
            usage.totalSlabs = total;
        } else if (key == u"objs") {
            usage.objects = first;
            usage.totalObjects = total;
        } else if (key == u"free") {
            usage.free = first;
        }
    }
    failure.nodes.append(usage);
    return true;
}

} // namespace oom
