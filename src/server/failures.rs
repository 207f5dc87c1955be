/*!
Failed authentications per client address: after [`Failures::limit`] of them within a
minute, a failed authentication is answered 429 with `Retry-After` instead of 401,
until the address has been quiet long enough.

A valid token is still accepted from a limited address. Tokens carry 256 random bits,
so guessing is hopeless whatever the rate; what the limit is for is a client that
keeps sending a wrong token (a cron job with a revoked token, a scanner): it is told to
back off, and the server says so once on stderr. Other people behind the same address
(a NAT, a proxy, a jump host) keep working with their valid tokens.

IPv6 addresses count by their /64 prefix (one host may hold a whole /64). The table
holds at most [`MAX_ADDRESSES`]; when it is full of recent failures, an address not in
it is treated as limited (its valid tokens still work).
*/

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The window failures are counted in.
pub const WINDOW: Duration = Duration::from_secs(60);
/// Addresses tracked at most.
const MAX_ADDRESSES: usize = 10_000;

pub struct Failures {
    /// Failed authentications allowed per address and minute (0: no limit).
    pub limit: usize,
    recent: Mutex<HashMap<IpAddr, Recent>>,
}

/// The latest failures of one address (at most `limit`), and whether it is limited.
#[derive(Default)]
struct Recent {
    times: VecDeque<Instant>,
    limited: bool,
}

/// An address over the limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limited {
    /// How long to wait before the next try.
    pub wait: Duration,
    /// Whether the address was not limited before this failure.
    pub newly: bool,
}

impl Failures {
    pub fn new(limit: usize) -> Self {
        Failures {
            limit,
            recent: Mutex::new(HashMap::new()),
        }
    }

    /// Notes a failed authentication from `address` at `now`; `Some` if the address
    /// is over the limit.
    pub fn failed(&self, address: IpAddr, now: Instant) -> Option<Limited> {
        if self.limit == 0 {
            return None;
        }
        let key = key(address);
        let mut recent = self
            .recent
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if !recent.contains_key(&key) && recent.len() >= MAX_ADDRESSES {
            recent.retain(|_, r| {
                r.times
                    .back()
                    .is_some_and(|last| now.duration_since(*last) < WINDOW)
            });
            if recent.len() >= MAX_ADDRESSES {
                return Some(Limited {
                    wait: WINDOW,
                    newly: false,
                });
            }
        }
        let entry = recent.entry(key).or_default();
        while entry
            .times
            .front()
            .is_some_and(|first| now.duration_since(*first) >= WINDOW)
        {
            entry.times.pop_front();
        }
        // Every failure counts, those answered 429 too: a client that keeps trying
        // stays limited.
        let limited = (entry.times.len() >= self.limit).then(|| Limited {
            wait: entry
                .times
                .front()
                .map_or(WINDOW, |first| WINDOW - now.duration_since(*first)),
            newly: !entry.limited,
        });
        entry.limited = limited.is_some();
        entry.times.push_back(now);
        while entry.times.len() > self.limit {
            entry.times.pop_front();
        }
        limited
    }
}

/// The address failures count under.
fn key(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut segments = v6.segments();
                segments[4..].fill(0);
                IpAddr::V6(segments.into())
            }
        },
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_over_the_limit_waits_until_its_oldest_failure_is_a_minute_old() {
        let failures = Failures::new(3);
        let start = Instant::now();
        let at = |s: u64| start + Duration::from_secs(s);
        let one: IpAddr = "192.0.2.1".parse().unwrap();
        let other: IpAddr = "192.0.2.2".parse().unwrap();
        let wait = |s: u64, newly| {
            Some(Limited {
                wait: Duration::from_secs(s),
                newly,
            })
        };
        assert_eq!(failures.failed(one, at(0)), None);
        assert_eq!(failures.failed(one, at(10)), None);
        assert_eq!(failures.failed(one, at(20)), None);
        assert_eq!(failures.failed(one, at(30)), wait(30, true));
        assert_eq!(failures.failed(other, at(30)), None, "counted per address");
        // Trying again while limited keeps the address limited.
        assert_eq!(failures.failed(one, at(45)), wait(25, false));
        // Quiet for a minute: refused with 401 again, not 429.
        assert_eq!(failures.failed(one, at(110)), None);
        assert_eq!(Failures::new(0).failed(one, at(0)), None, "0: no limit");
    }

    #[test]
    fn ipv6_addresses_count_by_their_64_prefix() {
        let failures = Failures::new(1);
        let now = Instant::now();
        assert_eq!(failures.failed("2001:db8::1".parse().unwrap(), now), None);
        assert!(failures.failed("2001:db8::2".parse().unwrap(), now).is_some());
        assert_eq!(failures.failed("2001:db8:0:1::1".parse().unwrap(), now), None);
        assert_eq!(failures.failed("::ffff:192.0.2.1".parse().unwrap(), now), None);
        assert!(failures.failed("192.0.2.1".parse().unwrap(), now).is_some());
    }
}
