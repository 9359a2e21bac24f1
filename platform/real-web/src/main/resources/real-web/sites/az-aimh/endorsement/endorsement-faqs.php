<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Frequently Asked Questions | ITMHCA</title>
<link rel="stylesheet" href="/css/normalize.css">
<link rel="stylesheet" href="/css/itmhca.css?v=2019.3">
<script src="/js/jquery-1.11.3.min.js"></script>
<script src="/js/menu.js"></script>
<!--[if lt IE 9]><script src="/js/html5shiv.js"></script><![endif]-->
</head>
<body class="endorsement">
<div id="top-bar">
  <ul class="social-links">
    <li><a href="https://www.facebook.com/ITMHCA/" target="_blank"><img src="/images/icons/fb.png" alt="">Follow us on Facebook</a></li>
    <li><a href="https://twitter.com/ITMHCA" target="_blank"><img src="/images/icons/tw.png" alt="">Follow us on Twitter</a></li>
    <li><a href="https://www.instagram.com/itmhca/" target="_blank"><img src="/images/icons/ig.png" alt="">Follow us on Instagram</a></li>
  </ul>
  <ul class="partner-links">
    <li><a href="https://www.allianceaimh.org/" target="_blank"><img src="/images/logos/alliance_sm.png" alt="Alliance for the Advancement of Infant Mental Health"></a></li>
    <li><a href="https://waimh.org/" target="_blank"><img src="/images/logos/waimh_sm.png" alt="World Association for Infant Mental Health"></a></li>
    <li><a href="https://itmhca.myeasy.org/" target="_blank"><img src="/images/logos/easy_sm.png" alt="EASy">EASy ITMHCA Endorsement Application System</a></li>
  </ul>
</div>
<div id="header">
  <a href="/index.php" class="logo"><img src="/images/itmhca_logo_2017.png" alt="ITMHCA"></a>
  <div class="site-title">The Infant Toddler Mental Health Coalition of Arizona</div>
</div>
<div id="nav">
  <a href="#" class="menu-toggle" onclick="toggleMenu();return false;">View Menu</a>
  <ul id="menu">
    <li><a href="/index.php">Home</a></li>
    <li class="has-sub"><a href="/aboutus.php">About Us</a>
      <ul>
        <li><a href="/aboutus.php">Mission &amp; Vision</a></li>
        <li><a href="/awards.php">Awards</a></li>
      </ul>
    </li>
    <li class="has-sub"><a href="/endorsement/">Endorsement®</a>
      <ul>
        <li><a href="/endorsement/IMH-E_Requirements.php">IMH-E® Requirements</a></li>
        <li><a href="/endorsement/endorsement-faqs.php">Frequently Asked Questions</a></li>
        <li><a href="/endorsement/policies.php">Endorsement® Policies</a></li>
        <li><a href="/endorsement/endorserenew.php">Annual Renewal</a></li>
        <li><a href="/endorsement/member-endorsements.php">Endorsed Members</a></li>
      </ul>
    </li>
    <li><a href="/institute.php">Institute</a></li>
    <li><a href="/membership.php">Membership</a></li>
  </ul>
</div>
<div id="content">

<h1>Frequently Asked Questions</h1>
<h2>Endorsement®</h2>
<div class="faq">
<h3>What is involved in the Endorsement® process?</h3>
<ol>
<li>Register on the Endorsement Application System (EASy) and pay the EASy registration fee. Use a personal email address when you register; employer mail servers often block messages from EASy.</li>
<li>Hold a current membership in ITMHCA or in another infant mental health association. Members of another association send proof of membership to the Endorsement Coordinator.</li>
<li>EASy emails you a username and password.</li>
<li>Build your application: work, in-service training and supervision experiences with infants, young children and families.</li>
<li>Name three people who will complete reference rating forms for you. EASy contacts each of them by email; ask them for a personal address.</li>
<li>Submit the application from your EASy dashboard and pay the Endorsement® processing fee.</li>
</ol>
<h3>How long does it take?</h3>
<p>Most applicants take between 6 and 12 months to complete the application. It depends on your work, supervision and training history and on the category you apply for. Please register on EASy at least 4 weeks before you plan to submit, so that transcripts and reference ratings have time to arrive.</p>
<h3>How do I ask for help while I complete my application?</h3>
<p>Inside EASy, use the "Support" button at the top right and say whether your question is technical or about the Endorsement® process. Each tab of the application also has a comment box. For anything else, email the Endorsement Coordinator.</p>
<h3>What does Endorsement® cost?</h3>
<p>The fees for the Specialist and Mentor categories are in line with other professional credentialing fees. They pay for the careful review of applications and exams.</p>
<table class="fees" border="1" cellpadding="4">
<caption>Fees Associated with ITMHCA Endorsement®</caption>
<tr><th></th><th>ITMHCA Membership</th><th>EASy Registration</th><th>Endorsement Processing</th></tr>
<tr><td>Infant Family Associate</td><td>$60</td><td>$15</td><td>$25</td></tr>
<tr><td>Infant Family Specialist</td><td>$60</td><td>$20</td><td>$100</td></tr>
<tr><td>Infant Mental Health Specialist</td><td>$60</td><td>$25</td><td>$200</td></tr>
<tr><td>Infant Mental Health Mentor</td><td>$60</td><td>$25</td><td>$300</td></tr>
</table>
<h3>Who reviews my application?</h3>
<p>At least one trained reviewer who holds Endorsement® reads every application. Infant Family Associate and Infant Family Specialist applicants receive a decision after review; Infant Mental Health Specialist and Mentor applicants are then invited to sit the written exam.</p>
<h3>How many renewal hours do I need?</h3>
<p>Fifteen clock hours of relationship-based training every year. See <a href="/endorsement/endorserenew.php">Annual Renewal</a>.</p>
</div>

</div>
<div id="footer">
  <p>The Infant Toddler Mental Health Coalition of Arizona (ITMHCA) is a 501(c)(3) nonprofit organization and an affiliate of the World Association for Infant Mental Health.</p>
  <p>For questions about Endorsement® please email <a href="mailto:azendorsement@gmail.com">azendorsement@gmail.com</a></p>
  <p class="copy">Copyright © 2025 ITMHCA &middot; <a href="/index.php">Home</a> &middot; <a href="/membership.php">Join ITMHCA</a></p>
</div>
</body>
</html>
