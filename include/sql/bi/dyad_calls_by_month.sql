-- A dyad's engagements by month: phone calls, video calls and meetings of one pair of
-- actors (:actor_a < :actor_b, ISO 3166 alpha-3 or an organisation's code).
select month, phone_calls, video_calls, meetings, total
from mart.dyad_month
where actor_a = :actor_a and actor_b = :actor_b
order by month
