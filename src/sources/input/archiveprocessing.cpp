// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// InputProcessor's archive walk: members in archive order, each classified by its path
// (bundle layouts included), read as a stream, then put in rotation order.
#include "sources/input/inputprocessor.h"

#include "sources/input/archivereader.h"
#include "sources/input/logselection.h"
#include "sources/input/rotationorder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace oom {

void InputProcessor::processArchive(ByteStream &stream, ContentKind kind, const Context &context,
                                    QList<InputOutcome> &out)
{
    InputOutcome archive;
    archive.orderKey = context.orderKey;
    archive.summary.displayPath = context.displayPath;

    // An archive found under a name that said nothing (a .dat that is a zip) is not worth a
    // word when it is damaged or holds no logs.
    const bool quiet = context.origin == InputOrigin::Probe;

    ArchiveReader reader(stream, m_limits);
    QString error;
    if (!reader.open(&error)) {
        if (!quiet) {
            addError(archive, error);
            out.append(archive);
        }
        return;
    }

    LogSelection selection;
    QList<InputOutcome> members;
    ArchiveMember member;
    for (;;) {
        if (cancelled())
            break;
        const ArchiveReader::Step step = reader.next(&member);
        if (step == ArchiveReader::Step::End)
            break;
        if (step == ArchiveReader::Step::Error) {
            // A damaged compressed stream under the archive fails the member being read and
            // then the archive; say it once, at the member.
            const bool alreadySaid = !members.isEmpty() && !members.last().errors.isEmpty()
                && members.last().errors.last().message == reader.errorString();
            if (!alreadySaid && !quiet)
                addError(archive, reader.errorString());
            break;
        }
        if (member.kind == ArchiveMember::Kind::Directory)
            continue;
        const QString memberDisplay =
            context.displayPath + u"!/"_s + (member.path.isEmpty() ? member.rawPath : member.path);
        if (member.kind == ArchiveMember::Kind::Refused && member.harmlessLink)
            continue;
        if (member.kind == ArchiveMember::Kind::Refused) {
            // Nothing of it is read or written; the admin learns it was there.
            archive.errors.append({memberDisplay, tr("member not read: %1").arg(member.reason),
                                   InputError::Severity::Warning});
            continue;
        }
        selection.notice(member.path);
        const FileRole role = selection.classify(member.path);
        if (role == FileRole::Skip)
            continue;

        Context inner;
        inner.displayPath = memberDisplay;
        inner.orderKey = member.path;
        inner.layers = context.layers;
        inner.layers.append(contentKindName(kind));
        inner.depth = context.depth + 1;
        inner.origin = role == FileRole::Probe ? InputOrigin::Probe : InputOrigin::Discovered;
        inner.latestTime = latestTimeFrom(member.modified, context.latestTime);
        processStream(reader.memberStream(), nullptr, inner, members);
    }

    // Members came in archive order; rotated logs go oldest first. Then the whole archive
    // takes its own place among its siblings.
    std::stable_sort(members.begin(), members.end(),
                     [](const InputOutcome &a, const InputOutcome &b) {
                         return rotationLess(a.orderKey, b.orderKey);
                     });
    const bool anyRead = std::any_of(members.cbegin(), members.cend(), [](const InputOutcome &o) {
        return o.read;
    });
    auto hasError = [](const QList<InputError> &errors) {
        return std::any_of(errors.cbegin(), errors.cend(), [](const InputError &e) {
            return e.severity == InputError::Severity::Error;
        });
    };
    const bool failed = hasError(archive.errors)
        || std::any_of(members.cbegin(), members.cend(), [&](const InputOutcome &o) {
                            return hasError(o.errors);
                        });
    if (!anyRead && !failed && !quiet)
        addError(archive, tr("no log files found in this archive"), InputError::Severity::Warning);
    if (!archive.errors.isEmpty())
        out.append(archive);
    for (InputOutcome &outcome : members) {
        outcome.orderKey = context.orderKey;
        out.append(std::move(outcome));
    }
}

} // namespace oom
