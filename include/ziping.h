/*
 * libziping: a unit's year of budget performance self-evaluation as data.
 *
 * The data flow one way: load -> model -> derive -> score -> render, with
 * check reading published documents on the side. Each stage has its header.
 */
#ifndef ZIPING_H
#define ZIPING_H

#include "ziping/numbers.h"
#include "ziping/diag.h"
#include "ziping/unit.h"
#include "ziping/derive.h"
#include "ziping/render.h"
#include "ziping/validate.h"
#include "ziping/framework.h"
#include "ziping/score.h"
#include "ziping/check.h"
#include "ziping/report.h"

#define ZIPING_VERSION "0.1.0"

#endif
