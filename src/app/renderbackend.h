// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>

// Qt Quick's scene graph backend for this machine, chosen before the first window.
//
// Without a GPU, OpenGL is Mesa's llvmpipe, a software rasteriser that draws Qt Quick's
// scene through a GL pipeline: on a 2-core VM under Xvfb a page of the log view took a
// median 43 ms to reach the screen, and the first frame 0.84 s. Qt Quick's own software
// renderer drew the same pages in 12 ms and the first frame in 0.36 s
// (tests/bench/app-bench.sh). Admins often run OOM Lens on such machines (a VM, a server
// reached over SSH with X forwarding), so there the software renderer is chosen.
namespace RenderBackend {

// True when `driDir` holds a DRM render node (renderD128, …): a GPU that OpenGL, Vulkan
// or Qt's RHI can use. A Flatpak sees /dev/dri through --device=dri.
bool hasGpuRenderNode(const QString &driDir = QStringLiteral("/dev/dri"));

// Picks the software renderer when there is no render node, unless the user chose a
// backend (QT_QUICK_BACKEND, QSG_RHI_BACKEND). Returns true when it picked it.
bool chooseForThisMachine(const QString &driDir = QStringLiteral("/dev/dri"));

} // namespace RenderBackend
